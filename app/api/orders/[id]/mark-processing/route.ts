import { withRoute } from "@/lib/http/with-route";
import { actorFromCaller } from "@/lib/orders/actor-from-caller";
import { markOrderProcessing } from "@/lib/orders/mark-order-processing";
import { markProcessingInput, orderIdParams } from "@/lib/validation/order";

export const POST = withRoute({
  route: "POST /api/orders/[id]/mark-processing",
  params: orderIdParams,
  body: markProcessingInput,
  handler: ({ params, body, caller }) =>
    markOrderProcessing({
      orderId: params.id,
      expectedVersion: body.expectedVersion,
      actor: actorFromCaller(caller),
    }),
});

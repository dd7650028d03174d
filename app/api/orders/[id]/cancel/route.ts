import { withRoute } from "@/lib/http/with-route";
import { actorFromCaller } from "@/lib/orders/actor-from-caller";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { cancelOrderInput, orderIdParams } from "@/lib/validation/order";

export const POST = withRoute({
  route: "POST /api/orders/[id]/cancel",
  params: orderIdParams,
  body: cancelOrderInput,
  handler: ({ params, body, caller }) =>
    cancelOrder({
      orderId: params.id,
      reason: body.reason,
      expectedVersion: body.expectedVersion,
      actor: actorFromCaller(caller),
    }),
});

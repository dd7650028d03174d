import { withRoute } from "@/lib/http/with-route";
import { orderIdParams, packDecisionBody } from "@/lib/validation/packing";
import { recordPackDecision } from "@/lib/warehouse/record-pack-decision";

export const POST = withRoute({
  route: "POST /api/orders/[id]/pack-decision",
  params: orderIdParams,
  body: packDecisionBody,
  handler: ({ params, body, caller }) =>
    recordPackDecision({ orderId: params.id, ...body, viewer: caller }),
});

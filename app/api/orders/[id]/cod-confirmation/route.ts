import { decideConfirmation } from "@/lib/cod-confirmation/decide-confirmation";
import { getOrderConfirmation } from "@/lib/cod-confirmation/get-order-confirmation";
import { withRoute } from "@/lib/http/with-route";
import { opsDecisionBody } from "@/lib/validation/cod-confirmation";
import { orderIdParams } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders/[id]/cod-confirmation",
  params: orderIdParams,
  handler: ({ params }) => getOrderConfirmation(params.id),
});

// Ops confirm or cancel a COD order after calling the buyer.
export const POST = withRoute({
  route: "POST /api/orders/[id]/cod-confirmation",
  params: orderIdParams,
  body: opsDecisionBody,
  handler: ({ params, body, caller }) =>
    decideConfirmation({ orderId: params.id, answer: body.answer, note: body.note, caller }),
});

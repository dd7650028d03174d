import { withRoute } from "@/lib/http/with-route";
import { createReturnRequest } from "@/lib/returns/create-return-request";
import { getOrderReturns } from "@/lib/returns/get-order-returns";
import { orderIdParams } from "@/lib/validation/order";
import { opsReturnInput } from "@/lib/validation/returns";

export const GET = withRoute({
  route: "GET /api/orders/[id]/returns",
  params: orderIdParams,
  handler: ({ params }) => getOrderReturns(params.id),
});

export const POST = withRoute({
  route: "POST /api/orders/[id]/returns",
  params: orderIdParams,
  body: opsReturnInput,
  handler: ({ params, body, caller }) =>
    createReturnRequest({
      orderId: params.id,
      source: "OPS",
      request: body,
      requestedBy: caller.name,
    }),
});

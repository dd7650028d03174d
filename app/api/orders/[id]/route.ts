import { withRoute } from "@/lib/http/with-route";
import { getOrderDetail } from "@/lib/orders/get-order-detail";
import { orderIdParams } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders/[id]",
  params: orderIdParams,
  handler: ({ params }) => getOrderDetail({ orderId: params.id }),
});

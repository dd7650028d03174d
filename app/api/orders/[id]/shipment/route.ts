import { withRoute } from "@/lib/http/with-route";
import { getOrderShipment } from "@/lib/shipping/get-order-shipment";
import { orderIdParams } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders/[id]/shipment",
  params: orderIdParams,
  handler: ({ params, caller }) => getOrderShipment({ orderId: params.id, viewer: caller }),
});

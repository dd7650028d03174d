import { withRoute } from "@/lib/http/with-route";
import { getOrderShipment } from "@/lib/shipping/get-order-shipment";
import { orderIdParams } from "@/lib/validation/order";

export const GET = withRoute({
  access: { roles: ["PACKER", "OPS", "ADMIN"] },
  params: orderIdParams,
  handler: ({ params }) => getOrderShipment({ orderId: params.id }),
});

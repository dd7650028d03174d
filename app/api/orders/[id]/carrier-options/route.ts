import { withRoute } from "@/lib/http/with-route";
import { getCarrierOptions } from "@/lib/shipping/get-carrier-options";
import { orderIdParams } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders/[id]/carrier-options",
  params: orderIdParams,
  handler: ({ params }) => getCarrierOptions({ orderId: params.id }),
});

import { withRoute } from "@/lib/http/with-route";
import { shipOrder } from "@/lib/shipping/ship-order";
import { orderIdParams } from "@/lib/validation/order";
import { shipOrderBody } from "@/lib/validation/shipping";

// Packers may book only the order they packed, with the policy's courier (lib/shipping/ship-order.ts).
export const POST = withRoute({
  route: "POST /api/orders/[id]/ship",
  params: orderIdParams,
  body: shipOrderBody,
  handler: ({ params, body, caller }) =>
    shipOrder({
      orderId: params.id,
      courierAccountId: body.courierAccountId,
      serviceCode: body.serviceCode,
      caller,
    }),
});

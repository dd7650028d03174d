import { setOrderPickupLocation } from "@/lib/dispatch/locations/set-order-pickup-location";
import { withRoute } from "@/lib/http/with-route";
import { getCarrierOptions } from "@/lib/shipping/get-carrier-options";
import { orderIdParams } from "@/lib/validation/order";
import { orderPickupLocationBody } from "@/lib/validation/pickup-location";

/** Ops' choice of where the order ships from; answers with the couriers quoted from there. */
export const PUT = withRoute({
  route: "PUT /api/orders/[id]/pickup-location",
  params: orderIdParams,
  body: orderPickupLocationBody,
  handler: async ({ params, body, caller }) => {
    await setOrderPickupLocation({
      orderId: params.id,
      pickupLocationId: body.pickupLocationId,
      actorId: caller.id,
    });
    return getCarrierOptions({ orderId: params.id });
  },
});

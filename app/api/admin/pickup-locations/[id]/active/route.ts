import { listPickupLocations } from "@/lib/dispatch/locations/get-pickup-location";
import { setPickupLocationActive } from "@/lib/dispatch/locations/set-pickup-location-active";
import { withRoute } from "@/lib/http/with-route";
import { pickupLocationActiveBody, pickupLocationParams } from "@/lib/validation/pickup-location";

export const PUT = withRoute({
  route: "PUT /api/admin/pickup-locations/[id]/active",
  params: pickupLocationParams,
  body: pickupLocationActiveBody,
  handler: async ({ params, body, caller }) => {
    await setPickupLocationActive({
      locationId: params.id,
      active: body.active,
      actorId: caller.id,
    });
    return listPickupLocations();
  },
});

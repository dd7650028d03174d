import { listPickupLocations } from "@/lib/dispatch/locations/get-pickup-location";
import { setDefaultPickupLocation } from "@/lib/dispatch/locations/set-default-pickup-location";
import { withRoute } from "@/lib/http/with-route";
import { pickupLocationParams } from "@/lib/validation/pickup-location";

export const PUT = withRoute({
  route: "PUT /api/admin/pickup-locations/[id]/default",
  params: pickupLocationParams,
  handler: async ({ params, caller }) => {
    await setDefaultPickupLocation({ locationId: params.id, actorId: caller.id });
    return listPickupLocations();
  },
});

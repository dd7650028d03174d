import { updatePickupLocation } from "@/lib/dispatch/locations/update-pickup-location";
import { withRoute } from "@/lib/http/with-route";
import { pickupLocationBody, pickupLocationParams } from "@/lib/validation/pickup-location";

export const PUT = withRoute({
  route: "PUT /api/admin/pickup-locations/[id]",
  params: pickupLocationParams,
  body: pickupLocationBody,
  handler: ({ params, body, caller }) =>
    updatePickupLocation({ locationId: params.id, input: body, actorId: caller.id }),
});

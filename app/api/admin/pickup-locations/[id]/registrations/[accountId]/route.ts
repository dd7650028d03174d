import { getPickupLocation } from "@/lib/dispatch/locations/get-pickup-location";
import { requestPickupRegistration } from "@/lib/dispatch/locations/request-pickup-registration";
import { withRoute } from "@/lib/http/with-route";
import { pickupRegistrationParams } from "@/lib/validation/pickup-location";

/** "Register again" with one courier account: queued for the worker, answered on the screen. */
export const POST = withRoute({
  route: "POST /api/admin/pickup-locations/[id]/registrations/[accountId]",
  params: pickupRegistrationParams,
  handler: async ({ params }) => {
    await requestPickupRegistration({ locationId: params.id, courierAccountId: params.accountId });
    return getPickupLocation(params.id);
  },
});

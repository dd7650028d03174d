import { withRoute } from "@/lib/http/with-route";
import { retryFailedBookings } from "@/lib/shipping/bulk-booking/retry-failed-bookings";
import { bulkBookingIdParams } from "@/lib/validation/bulk-booking";

export const POST = withRoute({
  route: "POST /api/bulk-bookings/[id]/retry-failed",
  params: bulkBookingIdParams,
  handler: ({ params, caller }) => retryFailedBookings({ runId: params.id, caller }),
});

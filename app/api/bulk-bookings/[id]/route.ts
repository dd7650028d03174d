import { withRoute } from "@/lib/http/with-route";
import { getBulkBooking } from "@/lib/shipping/bulk-booking/get-bulk-booking";
import { bulkBookingIdParams } from "@/lib/validation/bulk-booking";

export const GET = withRoute({
  route: "GET /api/bulk-bookings/[id]",
  params: bulkBookingIdParams,
  handler: ({ params }) => getBulkBooking(params.id),
});

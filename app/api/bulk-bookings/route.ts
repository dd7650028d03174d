import { withRoute } from "@/lib/http/with-route";
import { listBulkBookings } from "@/lib/shipping/bulk-booking/list-bulk-bookings";
import { startBulkBooking } from "@/lib/shipping/bulk-booking/start-bulk-booking";
import { startBulkBookingBody } from "@/lib/validation/bulk-booking";

export const POST = withRoute({
  route: "POST /api/bulk-bookings",
  body: startBulkBookingBody,
  handler: ({ body, caller }) => startBulkBooking({ orderIds: body.orderIds, caller }),
});

export const GET = withRoute({
  route: "GET /api/bulk-bookings",
  handler: () => listBulkBookings(),
});

import { withRoute } from "@/lib/http/with-route";
import { retryBookingAnyway } from "@/lib/shipping/retry-booking-anyway";
import { shipmentIdParams } from "@/lib/validation/shipping";

// Ops checked the courier's panel: book the parcel again under a new reference.
export const POST = withRoute({
  route: "POST /api/shipments/[id]/retry-anyway",
  params: shipmentIdParams,
  handler: ({ params, caller }) => retryBookingAnyway({ shipmentId: params.id, caller }),
});

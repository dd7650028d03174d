import { db } from "@/lib/db";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import { unsettledFailure } from "./booking-failure";
import { cancelLateAwb } from "./cancel-late-awb";
import { cancelLateAwbs } from "./cancel-late-awbs";
import { BOOKING_LEASE_MS } from "./claim-shipment";
import { settleAbandonedBooking } from "./settle-abandoned-booking";
import { TRACKABLE_SHIPMENT_STATUSES } from "./tracking-status-rank";

// A parcel the courier still holds for the customer: an AWB of a cancelled order in one of these
// is cancelled at the courier. The return leg is already coming back, so it is not among them.
const LIVE_FORWARD: ShipmentStatus[] = TRACKABLE_SHIPMENT_STATUSES.filter(
  (s) => !s.startsWith("RTO_"),
);

/**
 * The sweep behind the crash story of cancelling during a booking (cancel-order.ts): bookings of
 * orders that no longer ship which nobody is finishing, untouched for longer than a claim's lease.
 * A claim whose booker died, or a failure whose answer was lost, is settled (looked up and
 * cancelled at the courier, or handed to ops once). An AWB recorded for a cancelled order that is
 * still live at the courier (booked, or moved on by a webhook meanwhile) is cancelled: its
 * booker died before cancelling it, or the courier could not be reached then. The late AWBs of
 * bookings that have settled without them are cancelled too. An AWB the courier refused to cancel
 * carries that refusal and is left to ops.
 */
export async function settleAbandonedBookings(batchSize = 50): Promise<{ settled: number }> {
  const before = new Date(Date.now() - BOOKING_LEASE_MS);
  const [claims, unwanted] = await Promise.all([
    db.shipment.findMany({
      where: {
        direction: "FORWARD",
        OR: [{ status: "PENDING" }, unsettledFailure],
        updatedAt: { lt: before },
        order: { status: { not: "PACKED" } },
      },
      orderBy: { updatedAt: "asc" },
      take: batchSize,
      select: { id: true },
    }),
    db.shipment.findMany({
      where: {
        direction: "FORWARD",
        status: { in: LIVE_FORWARD },
        awb: { not: null },
        courierAccountId: { not: null },
        failureReason: null,
        updatedAt: { lt: before },
        order: { status: "CANCELLED" },
      },
      orderBy: { updatedAt: "asc" },
      take: batchSize,
      select: {
        id: true,
        orderId: true,
        awb: true,
        courierAccountId: true,
        order: { select: { number: true } },
        courierAccount: { select: { courier: true } },
      },
    }),
  ]);
  for (const claim of claims) await settleAbandonedBooking(claim.id);
  for (const s of unwanted)
    await cancelLateAwb({
      shipmentId: s.id,
      orderId: s.orderId,
      courierAccountId: s.courierAccountId!,
      awb: s.awb!,
      why: `was booked with ${s.courierAccount?.courier ?? "the courier"} for order ${s.order.number}, which is cancelled, and was not cancelled at the courier when it was recorded`,
    });
  const late = await cancelLateAwbs({ before, take: batchSize });
  const settled = claims.length + unwanted.length + late.size;
  if (settled > 0)
    log.info("abandoned bookings settled", {
      claims: claims.length,
      awbs: unwanted.length,
      lateAwbs: late.size,
    });
  return { settled };
}

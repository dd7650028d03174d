import { db } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { cancelLateAwb } from "./cancel-late-awb";
import { BOOKING_LEASE_MS } from "./claim-shipment";
import { settleAbandonedBooking } from "./settle-abandoned-booking";

/**
 * The sweep behind the crash story of cancelling during a booking (cancel-order.ts): bookings of
 * orders that no longer ship which nobody is finishing, untouched for longer than a claim's lease.
 * A claim whose booker died is settled (looked up and cancelled at the courier, or handed to
 * ops); an AWB recorded for a cancelled order whose cancellation at the courier never happened
 * (the booker died in between) is cancelled now. An AWB the courier refused to cancel carries
 * that reason on its shipment and is left to ops.
 */
export async function settleAbandonedBookings(batchSize = 50): Promise<{ settled: number }> {
  const before = new Date(Date.now() - BOOKING_LEASE_MS);
  const [claims, unwanted] = await Promise.all([
    db.shipment.findMany({
      where: {
        direction: "FORWARD",
        status: "PENDING",
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
        status: "BOOKED",
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
  const settled = claims.length + unwanted.length;
  if (settled > 0)
    log.info("abandoned bookings settled", { claims: claims.length, awbs: unwanted.length });
  return { settled };
}

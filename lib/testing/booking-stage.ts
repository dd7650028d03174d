import { db } from "@/lib/db";
import { claimShipment } from "@/lib/shipping/claim-shipment";
import { planBooking } from "@/lib/shipping/plan-booking";

// Staging races between bookings in integration tests: wait for a step the sandbox or the
// database shows, and age a booking's claim past its lease as if its booker had stopped.

/** Asks `check` every 20 ms until it holds, or fails after about 10 s naming `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

/** Ages the order's shipments `minutes` into the past: their claims' leases (5 min) are over. */
export const expireBookingClaims = (orderId: string, minutes = 10) =>
  db.$executeRaw`UPDATE "Shipment" SET "updatedAt" = now() - make_interval(mins => ${minutes})
    WHERE "orderId" = ${orderId}`;

/**
 * What a booker leaves that claimed the order's booking, planned it with `courierAccountId`, had
 * the courier book it (unless `book` is false) and then stopped before recording anything: its
 * worker died, or the courier's answer never reached it.
 */
export async function stoppedBooker(orderId: string, courierAccountId: string, book = true) {
  const claim = await claimShipment(orderId, "FORWARD", { jobId: `stopped-${orderId}` });
  if (claim.kind !== "claimed") throw new Error("not claimed");
  const plan = await planBooking(claim.shipment, claim.reference, {
    orderId,
    direction: "FORWARD",
    courierAccountId,
  });
  const booked = book ? await plan.courier.createShipment(plan.request) : null;
  return { shipmentId: claim.shipment.id, reference: claim.reference, awb: booked?.awb ?? null };
}

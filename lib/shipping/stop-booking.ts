import { db, type Tx } from "@/lib/db";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { unsettledFailure } from "./booking-failure";
import { leaseHeld } from "./claim-shipment";
import { settleAbandonedBooking, type BookingStop } from "./settle-abandoned-booking";

/** How long cancelling an order waits for a booking in flight to hear from the courier. */
export const BOOKING_WAIT_MS = 20_000;
const POLL_MS = 250;

export interface UnsettledBooking {
  id: string;
  status: ShipmentStatus;
  updatedAt: Date;
}

/**
 * The order's forward booking that may still reach, or may have reached, the courier without
 * Packline holding its AWB: one in flight (or abandoned) under a claim, or a failure whose answer
 * was lost. Read inside the cancelling transaction, under the order row lock that every claim
 * takes, so no booking of the order starts after it.
 */
export function findUnsettledBooking(tx: Tx, orderId: string): Promise<UnsettledBooking | null> {
  return tx.shipment.findFirst({
    where: {
      orderId,
      direction: "FORWARD",
      OR: [{ status: "PENDING" }, unsettledFailure],
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, updatedAt: true },
  });
}

/**
 * Brings the booking of an order just cancelled to rest. A booker still working records its AWB
 * against a cancelled order and cancels it at the courier itself (book-shipment.ts); this waits
 * for that, up to BOOKING_WAIT_MS, only so the person cancelling learns the outcome. A booking
 * nobody is working on any more is settled here (settle-abandoned-booking.ts).
 */
export async function stopBooking(booking: UnsettledBooking): Promise<BookingStop> {
  if (booking.status === "PENDING" && leaseHeld(booking.updatedAt)) {
    const outcome = await awaitBookingOutcome(booking.id);
    if (outcome !== "uncertain") return outcome;
  }
  return settleAbandonedBooking(booking.id);
}

const stillBooking =
  "Its booking with the courier has not finished yet; once it has, any AWB it got is cancelled at the courier automatically (tried again until the courier answers) and an incident records it.";

async function awaitBookingOutcome(shipmentId: string): Promise<BookingStop | "uncertain"> {
  const deadline = Date.now() + BOOKING_WAIT_MS;
  for (;;) {
    const s = await db.shipment.findUnique({
      where: { id: shipmentId },
      select: { status: true, awb: true, failureReason: true, failureKind: true },
    });
    if (!s) return { cancelledAwb: null, note: null };
    if (s.status === "CANCELLED")
      return s.awb
        ? {
            cancelledAwb: s.awb,
            note: `The booking in flight got AWB ${s.awb}, which was cancelled at the courier.`,
          }
        : { cancelledAwb: null, note: null };
    if (s.status === "FAILED" && s.failureKind === "REFUSED")
      return { cancelledAwb: null, note: "The booking in flight failed, so no parcel was booked." };
    // Its booker settled it already: the courier could not be asked, and ops were.
    if (s.status === "FAILED" && s.failureKind === "LEFT_TO_OPS")
      return { cancelledAwb: null, note: s.failureReason };
    if (s.status === "FAILED") return "uncertain";
    // BOOKED with a reason: the courier would not cancel the AWB; the reason says what to do.
    if (s.status !== "PENDING" && s.failureReason)
      return { cancelledAwb: null, note: s.failureReason };
    if (Date.now() >= deadline) return { cancelledAwb: null, note: stillBooking };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

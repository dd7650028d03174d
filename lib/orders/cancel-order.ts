import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { cancelLiveShipment } from "@/lib/shipping/cancel-live-shipment";
import { findUnsettledBooking, stopBooking } from "@/lib/shipping/stop-booking";
import { openPutBackTasks } from "@/lib/warehouse/put-back/open-put-back-tasks";
import { canTransition, illegalTransitionReason } from "./order-status";
import { requireFulfilment } from "./require-fulfilment";
import { staleVersionError } from "./stale-version-error";
import { transitionOrder, type OrderActor, type TransitionResult } from "./transition-order";

export interface CancelOrderInput {
  orderId: string;
  reason: string;
  /** the version the caller saw; the store's sync cancels whatever the version is */
  expectedVersion?: number;
  actor: OrderActor;
}

export interface CancelOrderResult extends TransitionResult {
  /** the AWB cancelled with the courier: the order's booked parcel, or one booked while cancelling */
  cancelledAwb: string | null;
  /** what became of a booking in flight (or one whose outcome was unknown), in a sentence */
  bookingNote: string | null;
  /** picked units that now have put-back tasks */
  unitsToPutBack: number;
}

/**
 * Cancels an order wherever it is: on the pick list, in the pack queue, being booked, or booked
 * (Shipped) while the courier has not picked the parcel up. A booked parcel is cancelled with the
 * courier first, outside any transaction (cancel-live-shipment.ts); if the courier refuses, or
 * has picked the parcel up already (then ops ask it for a return to origin), the order stays as
 * it was and the reason reaches the user. Picked units get put-back tasks in the cancelling
 * transaction.
 *
 * A booking in flight has no AWB to cancel yet. The order is cancelled at once, under the order
 * row lock that every claim and every record of a booking takes, and the booker, recording,
 * finds the order cancelled and cancels its AWB at the courier (record-booking.ts,
 * cancel-late-awb.ts); this then waits, bounded, to tell the user that outcome. So each side
 * survives the other's crash: the cancellation is committed before anything waits, and what a
 * booker leaves unfinished is settled by the claim takeover (settle-abandoned-booking.ts), here
 * when its lease is already over, else by the sweep job.
 */
export async function cancelOrder(input: CancelOrderInput): Promise<CancelOrderResult> {
  await requireFulfilment();
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: { status: true, version: true },
  });
  if (!order) throw notFound("The order");
  // Checked before the courier is called, so a stale or illegal cancel never cancels a parcel.
  if (input.expectedVersion !== undefined && order.version !== input.expectedVersion) {
    throw staleVersionError(order);
  }
  // A Shipped order is checked against its parcel next: cancellable only before pickup.
  if (order.status !== "SHIPPED" && !canTransition(order.status, "CANCELLED")) {
    throw new AppError("ILLEGAL_TRANSITION", illegalTransitionReason(order.status, "CANCELLED"), {
      details: { currentStatus: order.status },
    });
  }
  const shipment = await cancelLiveShipment(input.orderId, input.actor);
  const { result, unitsToPutBack, booking } = await db.$transaction(async (tx) => {
    const result = await transitionOrder(tx, {
      orderId: input.orderId,
      to: "CANCELLED",
      actor: input.actor,
      reason: input.reason,
      expectedVersion: input.expectedVersion,
      awbCancelled: shipment !== null,
    });
    const unitsToPutBack = await openPutBackTasks(tx, {
      orderId: input.orderId,
      reason: input.reason,
    });
    return { result, unitsToPutBack, booking: await findUnsettledBooking(tx, input.orderId) };
  });
  const stopped = booking ? await stopBooking(booking) : null;
  return {
    ...result,
    cancelledAwb: shipment?.awb ?? stopped?.cancelledAwb ?? null,
    bookingNote: stopped?.note ?? null,
    unitsToPutBack,
  };
}

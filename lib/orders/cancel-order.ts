import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { cancelLiveShipment } from "@/lib/shipping/cancel-live-shipment";
import { canTransition, illegalTransitionReason } from "./order-status";
import { requireFulfilment } from "./require-fulfilment";
import { staleVersionError } from "./stale-version-error";
import { transitionOrder, type OrderActor, type TransitionResult } from "./transition-order";

export interface CancelOrderInput {
  orderId: string;
  reason: string;
  expectedVersion: number;
  actor: OrderActor;
}

export interface CancelOrderResult extends TransitionResult {
  /** the AWB cancelled with the courier first, when the order had a live shipment */
  cancelledAwb: string | null;
}

/**
 * Cancels an order. A live shipment is cancelled with the courier first, outside any database
 * transaction (a courier call must not hold row locks); if the courier refuses, the order stays
 * as it was and the courier's reason reaches the user.
 */
export async function cancelOrder(input: CancelOrderInput): Promise<CancelOrderResult> {
  await requireFulfilment();
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: { status: true, version: true },
  });
  if (!order) throw notFound("The order");
  // Checked before the courier is called, so a stale or illegal cancel never cancels a parcel.
  if (order.version !== input.expectedVersion) {
    throw staleVersionError(order);
  }
  if (!canTransition(order.status, "CANCELLED")) {
    throw new AppError("ILLEGAL_TRANSITION", illegalTransitionReason(order.status, "CANCELLED"), {
      details: { currentStatus: order.status },
    });
  }
  const shipment = await cancelLiveShipment(input.orderId, input.actor);
  const result = await db.$transaction((tx) =>
    transitionOrder(tx, {
      orderId: input.orderId,
      to: "CANCELLED",
      actor: input.actor,
      reason: input.reason,
      expectedVersion: input.expectedVersion,
    }),
  );
  return { ...result, cancelledAwb: shipment?.awb ?? null };
}

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import type { OrderActor } from "@/lib/orders/transition-order";
import { cancelAwbAtCourier } from "./cancel-awb-at-courier";
import { TERMINAL_SHIPMENT_STATUSES } from "./tracking-status-rank";

// Before pickup: the courier has issued the AWB, maybe scheduled a pickup, but not got the parcel.
export const NOT_PICKED_UP: ShipmentStatus[] = ["BOOKED", "PICKUP_SCHEDULED"];
// In the courier's hands, on its way to the customer: what ops can only ask to return to origin.
export const RTO_ASKABLE: ShipmentStatus[] = ["PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "NDR"];
// A scan of any of these means the courier has had the parcel in hand.
const AFTER_PICKUP: ShipmentStatus[] = [
  "PICKED_UP",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "NDR",
  "DELIVERED",
  "RTO_INITIATED",
  "RTO_IN_TRANSIT",
  "RTO_DELIVERED",
  "LOST",
  "DAMAGED",
];

export interface CancelledShipment {
  shipmentId: string;
  awb: string | null;
}

/**
 * Cancels the order's live forward shipment (one with an AWB) with its courier, before the order
 * itself is cancelled, if it has one: how a Packed order's parcel or a Shipped order's is stopped.
 * Only while the courier has not picked the parcel up (booked or pickup scheduled, and no scan of
 * a pickup or later); after that it throws a CONFLICT telling ops to ask the courier for a
 * return to origin. Throws an AppError carrying the courier's reason when the courier refuses or
 * cannot be reached, so the caller leaves the order untouched. Returns null when there was nothing
 * to cancel. A booking still in flight has no AWB yet: cancel-order.ts waits for it.
 */
export async function cancelLiveShipment(
  orderId: string,
  actor: OrderActor,
): Promise<CancelledShipment | null> {
  const shipment = await db.shipment.findFirst({
    where: {
      orderId,
      direction: "FORWARD",
      status: { notIn: [...TERMINAL_SHIPMENT_STATUSES, "FAILED"] },
      awb: { not: null },
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      awb: true,
      status: true,
      courierAccountId: true,
      courierAccount: { select: { courier: true } },
      trackingEvents: { where: { status: { in: AFTER_PICKUP } }, select: { id: true }, take: 1 },
    },
  });
  if (!shipment?.awb) return null;
  if (!NOT_PICKED_UP.includes(shipment.status) || shipment.trackingEvents.length > 0) {
    const courier = shipment.courierAccount?.courier ?? "the courier";
    throw new AppError(
      "CONFLICT",
      `${courier} has picked up parcel ${shipment.awb} already, so the order cannot be cancelled here: ask ${courier} to return it to origin (RTO).`,
      { details: { awb: shipment.awb, shipmentStatus: shipment.status } },
    );
  }
  if (shipment.courierAccountId) {
    const answer = await cancelAwbAtCourier(shipment.courierAccountId, shipment.awb);
    if (!answer.cancelled)
      throw new AppError(
        answer.retryable ? "UPSTREAM" : "CONFLICT",
        `${answer.courier} could not cancel shipment ${shipment.awb}: ${answer.reason.replace(/[.\s]+$/, "")}. The order was not cancelled.`,
      );
  }
  await db.shipment.update({
    where: { id: shipment.id },
    data: { status: "CANCELLED", failureReason: null },
    select: { id: true },
  });
  log.info("shipment cancelled before order cancellation", {
    orderId,
    shipmentId: shipment.id,
    awb: shipment.awb,
    actor: actor.label,
  });
  return { shipmentId: shipment.id, awb: shipment.awb };
}

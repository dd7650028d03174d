import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import type { OrderActor } from "@/lib/orders/transition-order";
import { cancelAwbAtCourier } from "./cancel-awb-at-courier";

const FINISHED: ShipmentStatus[] = [
  "CANCELLED",
  "DELIVERED",
  "RTO_DELIVERED",
  "LOST",
  "DAMAGED",
  "FAILED",
];

export interface CancelledShipment {
  shipmentId: string;
  awb: string | null;
}

/**
 * Cancels the order's live forward shipment (one with an AWB) with its courier, if it has one.
 * Throws an AppError carrying the courier's reason when the courier refuses or cannot be
 * reached, so the caller leaves the order untouched. Returns null when there was nothing to
 * cancel. A booking still in flight has no AWB yet: cancel-order.ts waits for it.
 */
export async function cancelLiveShipment(
  orderId: string,
  actor: OrderActor,
): Promise<CancelledShipment | null> {
  const shipment = await db.shipment.findFirst({
    where: { orderId, direction: "FORWARD", status: { notIn: FINISHED }, awb: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, awb: true, courierAccountId: true },
  });
  if (!shipment?.awb) return null;
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

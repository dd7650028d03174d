import { isDryRunId } from "@/lib/couriers/dry-run";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import type { OrderActor } from "@/lib/orders/transition-order";

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
 * Cancels the order's live forward shipment with its courier, if it has one. Throws an AppError
 * carrying the courier's reason when the courier refuses or cannot be reached, so the caller
 * leaves the order untouched. Returns null when there was nothing to cancel.
 */
export async function cancelLiveShipment(
  orderId: string,
  actor: OrderActor,
): Promise<CancelledShipment | null> {
  const shipment = await db.shipment.findFirst({
    where: { orderId, direction: "FORWARD", status: { notIn: FINISHED } },
    orderBy: { createdAt: "desc" },
    select: { id: true, awb: true, status: true, courierAccountId: true },
  });
  if (!shipment) return null;
  // A dry-run booking (DRYRUN AWB) exists only in Packline, even if the account has since gone
  // live: cancelling it is Packline's own business.
  if (shipment.awb && shipment.courierAccountId && !isDryRunId(shipment.awb)) {
    const courier = await getCourierForAccount(shipment.courierAccountId);
    let answer: { cancelled: boolean; message: string | null };
    try {
      answer = await courier.cancelShipment(shipment.awb);
    } catch (error) {
      if (!(error instanceof CourierError)) throw error;
      throw new AppError(
        error.retryable ? "UPSTREAM" : "CONFLICT",
        `${courier.code} could not cancel shipment ${shipment.awb}: ${error.courierMessage ?? error.message}. The order was not cancelled.`,
        { cause: error },
      );
    }
    if (!answer.cancelled) {
      throw new AppError(
        "CONFLICT",
        `${courier.code} refused to cancel shipment ${shipment.awb}${answer.message ? `: ${answer.message}` : ""}. The order was not cancelled.`,
      );
    }
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

import type { BookedShipment } from "@/lib/couriers/types";
import { db, type Tx } from "@/lib/db";
import { emitEvent } from "@/lib/events/emit-event";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import { describeFailure, type BookingFailure } from "@/lib/shipping/booking-failure";
import { cancelLateAwbs } from "@/lib/shipping/cancel-late-awbs";
import { ClaimTakenOver, heldClaim, renewClaim } from "@/lib/shipping/held-claim";
import { placeBooking } from "@/lib/shipping/place-booking";
import { recordBooked, trackingPath } from "@/lib/shipping/record-booking";
import { claimReturnPickup } from "./claim-return-pickup";
import { planReturnPickup } from "./plan-return-pickup";

export type ReturnPickupOutcome =
  | { outcome: "BOOKED" | "ALREADY_BOOKED"; shipmentId: string; awb: string | null }
  | { outcome: "IN_FLIGHT" | "TAKEN_OVER"; shipmentId: string }
  | { outcome: "FAILED"; shipmentId: string; reason: string; retryable: boolean }
  | { outcome: "NOT_APPROVED"; status: string };

/**
 * Books the reverse pickup of an approved return with the courier that delivered the order,
 * through the forward booking's steps: claim the reverse shipment (claim-return-pickup.ts),
 * plan the request (plan-return-pickup.ts), place it without ever making a second AWB for one
 * reference (place-booking.ts, renewing the claim before each call), record it conditionally
 * on the claim (record-booking.ts) with the return moved to PICKUP_BOOKED and the
 * "return pickup scheduled" event in the same transaction, or record the failure.
 */
export async function bookReturnPickup(
  returnRequestId: string,
  options: { jobId?: string } = {},
): Promise<ReturnPickupOutcome> {
  const claim = await claimReturnPickup(returnRequestId, options.jobId ?? null);
  if (claim.kind === "not-approved") return { outcome: "NOT_APPROVED", status: claim.status };
  if (claim.kind === "existing")
    return claim.inFlight
      ? { outcome: "IN_FLIGHT", shipmentId: claim.shipmentId }
      : { outcome: "ALREADY_BOOKED", shipmentId: claim.shipmentId, awb: null };
  const holder = { shipmentId: claim.shipmentId, claimedAttempts: claim.attempts };
  let placing: Awaited<ReturnType<typeof planReturnPickup>> | null = null;
  let booked: BookedShipment;
  try {
    const plan = await planReturnPickup({ ...claim, ...holder });
    placing = plan;
    booked = await placeBooking(plan.courier, plan.request, {
      mayExist: claim.mayExist,
      beforeCall: () => renewClaim(holder),
    });
  } catch (error) {
    if (error instanceof ClaimTakenOver)
      return { outcome: "TAKEN_OVER", shipmentId: claim.shipmentId };
    const failure = describeFailure(
      error,
      placing ? { courier: placing.courier, reference: claim.reference } : null,
    );
    await recordReturnPickupFailed(holder, returnRequestId, failure);
    await cancelLateAwbs({ shipmentId: claim.shipmentId });
    log.warn("return pickup booking failed", { returnRequestId, reason: failure.reason });
    return { outcome: "FAILED", shipmentId: claim.shipmentId, ...failure };
  }
  const courier = placing.courier.code;
  const recorded = await recordBooked({
    ...holder,
    orderId: claim.orderId,
    direction: "REVERSE",
    courier,
    courierAccountId: claim.courierAccountId,
    booked,
    actor: { label: "system:returns" },
    onReverseRecorded: (tx) =>
      markPickupBooked(tx, { returnRequestId, shipmentId: claim.shipmentId, booked, courier }),
  });
  // AWBs of runs this one took over from (or this one's, if it was taken over) are let go.
  await cancelLateAwbs({ shipmentId: claim.shipmentId });
  if (recorded.outcome !== "recorded")
    return { outcome: "TAKEN_OVER", shipmentId: claim.shipmentId };
  return { outcome: "BOOKED", shipmentId: claim.shipmentId, awb: booked.awb };
}

async function markPickupBooked(
  tx: Tx,
  options: {
    returnRequestId: string;
    shipmentId: string;
    booked: BookedShipment;
    courier: CourierCode;
  },
): Promise<void> {
  const ret = await tx.returnRequest.update({
    where: { id: options.returnRequestId },
    data: { status: "PICKUP_BOOKED", bookingProblem: null },
    select: { orderId: true, order: { select: { number: true } } },
  });
  const { awb } = options.booked;
  await emitEvent(tx, {
    type: "ReturnPickupScheduled",
    aggregateType: "Shipment",
    aggregateId: options.shipmentId,
    payload: {
      returnRequestId: options.returnRequestId,
      orderId: ret.orderId,
      orderNumber: ret.order.number,
      shipmentId: options.shipmentId,
      awb,
      courier: options.courier,
      trackingUrl: trackingPath(awb),
    },
  });
}

async function recordReturnPickupFailed(
  holder: { shipmentId: string; claimedAttempts: number },
  returnRequestId: string,
  failure: BookingFailure,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.shipment.updateMany({
      where: heldClaim(holder),
      data: {
        status: "FAILED",
        failureReason: failure.reason.slice(0, 1000),
        failureKind: failure.kind,
      },
    });
    if (count === 0) return; // taken over: the run holding the claim records
    await tx.returnRequest.update({
      where: { id: returnRequestId },
      data: { bookingProblem: failure.reason.slice(0, 1000) },
      select: { id: true },
    });
  });
}

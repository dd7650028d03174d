import type { BookedShipment } from "@/lib/couriers/types";
import type { ShipmentDirection } from "@/lib/generated/prisma/enums";
import type { OrderActor } from "@/lib/orders/transition-order";
import { describeFailure } from "./booking-failure";
import {
  existingResult,
  takenOverResult,
  whyUnwanted,
  type BookShipmentResult,
} from "./booking-result";
import { cancelLateAwb } from "./cancel-late-awb";
import { cancelLateAwbs } from "./cancel-late-awbs";
import { claimShipment, type Claim } from "./claim-shipment";
import { ClaimTakenOver } from "./held-claim";
import { placeWithFallback, type Placing } from "./place-with-fallback";
import { planBooking, type BookingPlan } from "./plan-booking";
import { recordBooked, recordFailed } from "./record-booking";
import { settleAbandonedBooking } from "./settle-abandoned-booking";
import { voidStaleBooking } from "./void-stale-booking";

export type { BookShipmentResult } from "./booking-result";

export interface BookShipmentInput {
  orderId: string;
  direction?: ShipmentDirection;
  /** manual override: book with this courier account instead of the policy's choice */
  courierAccountId?: string | null;
  /** with courierAccountId: that account's service (e.g. Surface, Express), else its cheapest */
  serviceCode?: string | null;
  actor: OrderActor;
  /** the booking job running this, so that job's next run can take over a claim it left */
  jobId?: string;
  /** ops checked the courier's panel ("retry anyway"): book under a new reference */
  freshReference?: boolean;
}

type Claimed = Extract<Claim, { kind: "claimed" }>;

/**
 * Books an order's parcel with a courier, exactly once per order and direction, in the four
 * steps of ARCHITECTURE.md: claim the shipment row (claim-shipment.ts), plan the courier and the
 * request (plan-booking.ts), place it at the courier, renewing the claim before every call
 * (place-booking.ts, held-claim.ts; first cancelling a booking with a corrected address,
 * void-stale-booking.ts) and at the rule's next courier when one refuses outright
 * (place-with-fallback.ts, each attempt in the attempt log), record the AWB and ship the order, or the failure with an
 * incident (record-booking.ts). Once the booking has settled, AWBs it must not keep are cancelled
 * at the courier outside any transaction (cancel-late-awb.ts, cancel-late-awbs.ts).
 */
export async function bookShipment(input: BookShipmentInput): Promise<BookShipmentResult> {
  const direction = input.direction ?? "FORWARD";
  const claim = await claimShipment(input.orderId, direction, {
    jobId: input.jobId,
    freshReference: input.freshReference,
  });
  if (claim.kind === "existing") return existingResult(claim);
  const { shipment, reference } = claim;
  const holder = { shipmentId: shipment.id, claimedAttempts: shipment.attempts };
  let placing: Placing | null = null;
  let plan: BookingPlan | null = null;
  let booked: BookedShipment;
  try {
    // Before planning, which may point the shipment at another courier: a failed void must leave
    // it naming the courier that holds the stale booking, for the next try to cancel it there.
    if (claim.stale) await voidStaleBooking(claim.stale, holder);
    plan = await planBooking(shipment, reference, {
      ...input,
      direction,
      stayWithCourier: claim.mayExist,
    });
    placing = { plan, unwritten: [], tried: [] };
    booked = await placeWithFallback(placing, { holder, mayExist: claim.mayExist });
  } catch (error) {
    if (error instanceof ClaimTakenOver)
      return takenOverResult(shipment.id, placing?.plan ?? plan, error.message);
    return bookingFailed(input, claim, error, placing);
  }
  return recordBooking(input, claim, placing.plan, booked);
}

async function recordBooking(
  input: BookShipmentInput,
  claim: Claimed,
  plan: BookingPlan,
  booked: BookedShipment,
): Promise<BookShipmentResult> {
  const shipmentId = claim.shipment.id;
  const recorded = await recordBooked({
    shipmentId,
    claimedAttempts: claim.shipment.attempts,
    orderId: input.orderId,
    direction: input.direction ?? "FORWARD",
    courier: plan.courier.code,
    courierAccountId: plan.courierAccountId,
    booked,
    actor: input.actor,
  });
  const result = { shipmentId, awb: booked.awb, courier: plan.courier.code, failureKind: null };
  const done = { ...result, retryable: false, reason: null };
  // The run that took over found this very booking at the courier and recorded it.
  if (recorded.outcome === "superseded" && recorded.recordedAwb === booked.awb)
    return { ...done, outcome: "ALREADY_BOOKED" };
  let voided: string | null = null;
  if (recorded.outcome === "unwanted")
    voided = (
      await cancelLateAwb({
        shipmentId,
        orderId: input.orderId,
        courierAccountId: plan.courierAccountId,
        awb: booked.awb,
        why: whyUnwanted(recorded, plan.courier.code),
      })
    ).sentence;
  // This run's booking has settled: late AWBs it did not record are let go.
  const late = await cancelLateAwbs({ shipmentId });
  if (recorded.outcome === "recorded") return { ...done, outcome: "BOOKED" };
  voided ??= late.get(booked.awb)?.sentence ?? null;
  if (voided) return { ...done, outcome: "VOIDED", reason: voided };
  // Kept as a late AWB: the run that took over is still booking and may record this very AWB.
  return takenOverResult(
    shipmentId,
    plan,
    `AWB ${booked.awb} came after another booking run took this booking over; it is kept for that run, which records it if it found the same booking, and otherwise it is cancelled at the courier once that run has finished.`,
  );
}

async function bookingFailed(
  input: BookShipmentInput,
  claim: Claimed,
  error: unknown,
  placing: Placing | null,
): Promise<BookShipmentResult> {
  const shipmentId = claim.shipment.id;
  const plan = placing?.plan ?? null;
  const failure = describeFailure(
    error,
    plan ? { courier: plan.courier, reference: claim.reference } : null,
  );
  // Every courier the rule allows refused: ops read each one's reason.
  if (placing && placing.tried.length > 1 && failure.kind === "REFUSED")
    failure.reason = `No courier took this parcel. ${placing.tried
      .map((a) => `${a.accountName}: ${a.reason.replace(/[.\s]+$/, "")}.`)
      .join(" ")}`;
  const orderStatus = await recordFailed({
    shipmentId,
    claimedAttempts: claim.shipment.attempts,
    orderId: input.orderId,
    error,
    failure,
    firstFailure: claim.previous !== "FAILED",
    attempts: placing?.unwritten ?? [],
  });
  // The order stopped waiting (cancelled) while the courier's answer was lost: nothing will
  // retry this booking, so it is settled with the courier now (looked up and cancelled there,
  // or handed to ops once where the courier cannot be asked).
  const orphaned =
    orderStatus !== null &&
    orderStatus !== "PACKED" &&
    (input.direction ?? "FORWARD") === "FORWARD" &&
    failure.kind !== "REFUSED";
  const settled = orphaned ? await settleAbandonedBooking(shipmentId) : null;
  await cancelLateAwbs({ shipmentId });
  return {
    shipmentId,
    outcome: "FAILED",
    awb: null,
    courier: plan?.courier.code ?? null,
    reason: settled?.note ?? failure.reason,
    retryable: failure.retryable,
    failureKind: failure.kind,
  };
}

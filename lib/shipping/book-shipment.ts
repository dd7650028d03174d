import type { BookedShipment } from "@/lib/couriers/types";
import type {
  BookingFailureKind,
  CourierCode,
  ShipmentDirection,
} from "@/lib/generated/prisma/enums";
import type { OrderActor } from "@/lib/orders/transition-order";
import { describeFailure } from "./booking-failure";
import { cancelLateAwb } from "./cancel-late-awb";
import { claimShipment, type Claim } from "./claim-shipment";
import { placeBooking } from "./place-booking";
import { planBooking, type BookingPlan } from "./plan-booking";
import { recordBooked, recordFailed, type RecordedBooking } from "./record-booking";

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

export interface BookShipmentResult {
  shipmentId: string;
  /**
   * BOOKED now; ALREADY_BOOKED earlier; IN_FLIGHT by another run right now; FAILED with a
   * reason; VOIDED: the courier issued an AWB that Packline must not keep (the order was
   * cancelled meanwhile, or another run took the booking over), cancelled at the courier.
   */
  outcome: "BOOKED" | "ALREADY_BOOKED" | "IN_FLIGHT" | "FAILED" | "VOIDED";
  awb: string | null;
  courier: CourierCode | null;
  reason: string | null;
  retryable: boolean;
  failureKind: BookingFailureKind | null;
}

/**
 * Books an order's parcel with a courier, exactly once per order and direction, in the four
 * steps of ARCHITECTURE.md: claim the shipment row (claim-shipment.ts), plan the courier and the
 * request (plan-booking.ts), place it at the courier (place-booking.ts), record the AWB and ship
 * the order, or the failure with an incident (record-booking.ts). An AWB the record step cannot
 * keep is cancelled at the courier once the recording transaction is over (cancel-late-awb.ts).
 */
export async function bookShipment(input: BookShipmentInput): Promise<BookShipmentResult> {
  const direction = input.direction ?? "FORWARD";
  const claim = await claimShipment(input.orderId, direction, {
    jobId: input.jobId,
    freshReference: input.freshReference,
  });
  if (claim.kind === "existing") return existingResult(claim);
  const { shipment, reference } = claim;
  let plan: BookingPlan | null = null;
  let placing = false;
  let booked: BookedShipment;
  try {
    plan = await planBooking(shipment, reference, { ...input, direction });
    placing = true;
    booked = await placeBooking(plan.courier, plan.request, { mayExist: claim.mayExist });
  } catch (error) {
    const failure = describeFailure(
      error,
      placing && plan ? { courier: plan.courier, reference } : null,
    );
    await recordFailed({
      shipmentId: shipment.id,
      claimedAttempts: shipment.attempts,
      orderId: input.orderId,
      error,
      failure,
      firstFailure: claim.previous !== "FAILED",
    });
    return {
      shipmentId: shipment.id,
      outcome: "FAILED",
      awb: null,
      courier: plan?.courier.code ?? null,
      reason: failure.reason,
      retryable: failure.retryable,
      failureKind: failure.kind,
    };
  }
  const recorded = await recordBooked({
    shipmentId: shipment.id,
    claimedAttempts: shipment.attempts,
    orderId: input.orderId,
    direction,
    courier: plan.courier.code,
    booked,
    actor: input.actor,
  });
  const result = {
    shipmentId: shipment.id,
    awb: booked.awb,
    courier: plan.courier.code,
    retryable: false,
    failureKind: null,
  };
  if (recorded.outcome === "recorded") return { ...result, outcome: "BOOKED", reason: null };
  // The run that took over found this very booking at the courier and recorded it.
  if (recorded.outcome === "superseded" && recorded.recordedAwb === booked.awb)
    return { ...result, outcome: "ALREADY_BOOKED", reason: null };
  const late = await cancelLateAwb({
    shipmentId: shipment.id,
    orderId: input.orderId,
    courierAccountId: plan.courierAccountId,
    awb: booked.awb,
    why: whyLate(recorded, plan.courier.code),
  });
  return { ...result, outcome: "VOIDED", reason: late.sentence };
}

function existingResult(claim: Extract<Claim, { kind: "existing" }>): BookShipmentResult {
  const s = claim.shipment;
  return {
    shipmentId: s.id,
    outcome: claim.inFlight ? "IN_FLIGHT" : s.status === "FAILED" ? "FAILED" : "ALREADY_BOOKED",
    awb: s.awb,
    courier: (s.courierAccount?.courier as CourierCode | undefined) ?? null,
    reason: s.failureReason,
    retryable: false,
    failureKind: s.failureKind,
  };
}

function whyLate(recorded: Exclude<RecordedBooking, { outcome: "recorded" }>, courier: string) {
  const order = `order ${recorded.orderNumber ?? "(deleted)"}`;
  if (recorded.outcome === "unwanted")
    return `was booked with ${courier} for ${order} after the order became ${recorded.orderStatus?.toLowerCase() ?? "gone"}`;
  const held = recorded.recordedAwb ? `holds AWB ${recorded.recordedAwb}` : "holds no AWB";
  return `was booked with ${courier} for ${order} by a booking run whose claim another run took over (the shipment ${held})`;
}

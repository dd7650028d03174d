import type { BookingFailureKind, CourierCode, OrderStatus } from "@/lib/generated/prisma/enums";
import type { Claim } from "./claim-shipment";
import type { BookingPlan } from "./plan-booking";

export interface BookShipmentResult {
  shipmentId: string;
  /**
   * BOOKED now; ALREADY_BOOKED earlier; IN_FLIGHT by another run right now (also when this run
   * lost its claim to it); FAILED with a reason; VOIDED: the courier issued an AWB that Packline
   * must not keep (the order was cancelled meanwhile, or another run booked it otherwise),
   * cancelled at the courier or left to ops with the reason.
   */
  outcome: "BOOKED" | "ALREADY_BOOKED" | "IN_FLIGHT" | "FAILED" | "VOIDED";
  awb: string | null;
  courier: CourierCode | null;
  reason: string | null;
  retryable: boolean;
  failureKind: BookingFailureKind | null;
}

/** The booking was booked, failed or is in flight already: what the claim found. */
export function existingResult(claim: Extract<Claim, { kind: "existing" }>): BookShipmentResult {
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

/** Another run took the booking over from this one: that run's outcome is the booking's. */
export function takenOverResult(
  shipmentId: string,
  plan: BookingPlan | null,
  reason: string,
): BookShipmentResult {
  return {
    shipmentId,
    outcome: "IN_FLIGHT",
    awb: null,
    courier: plan?.courier.code ?? null,
    reason,
    retryable: false,
    failureKind: null,
  };
}

/** Why an AWB recorded for an order that stopped waiting for it is cancelled at the courier. */
export function whyUnwanted(
  recorded: { orderNumber: string | null; orderStatus: OrderStatus | null },
  courier: string,
): string {
  const order = `order ${recorded.orderNumber ?? "(deleted)"}`;
  return `was booked with ${courier} for ${order} after the order became ${recorded.orderStatus?.toLowerCase() ?? "gone"}`;
}

import { describe, expect, it } from "vitest";
import type { Courier } from "@/lib/couriers/courier";
import { AppError } from "@/lib/errors/app-error";
import { CourierError, type CourierErrorKind } from "@/lib/errors/courier-error";
import { describeFailure, refusedOutright, UnverifiableBooking } from "./booking-failure";

const courier = (trackByReference: boolean) =>
  ({ code: "EKART", capabilities: { trackByReference } }) as unknown as Courier;
const courierError = (kind: CourierErrorKind) =>
  new CourierError({ courier: "EKART", kind, message: `ekart ${kind}` });
const placing = (canLookUp: boolean) => ({ courier: courier(canLookUp), reference: "PL-1-F1" });

describe("describeFailure", () => {
  it("calls anything that failed before the courier was asked a refusal", () => {
    expect(describeFailure(courierError("network"), null).kind).toBe("REFUSED");
    expect(describeFailure(new AppError("VALIDATION", "No courier serves 999999"), null)).toEqual({
      reason: "No courier serves 999999",
      retryable: false,
      kind: "REFUSED",
    });
  });

  it("calls a courier's refusal a refusal, whatever the courier can look up", () => {
    for (const kind of ["rejected", "validation", "auth", "rate_limited", "circuit_open"] as const)
      expect(describeFailure(courierError(kind), placing(false)).kind).toBe("REFUSED");
    expect(describeFailure(courierError("rate_limited"), placing(false)).retryable).toBe(true);
  });

  it("leaves a lost answer to the next lookup where the courier can look bookings up", () => {
    for (const kind of ["network", "server", "malformed"] as const)
      expect(describeFailure(courierError(kind), placing(true))).toMatchObject({
        kind: "OUTCOME_UNKNOWN",
        retryable: kind !== "malformed",
      });
  });

  it("asks ops to check the panel, and stops the job, where the courier cannot be asked", () => {
    const failure = describeFailure(courierError("server"), placing(false));
    expect(failure).toEqual({
      reason: expect.stringMatching(
        /^ekart server\. The courier may have booked this parcel; check the courier's panel \(EKART, order number PL-1-F1\)\. If it is not there, use "Retry anyway"/,
      ),
      retryable: false,
      kind: "OUTCOME_UNVERIFIABLE",
    });
    expect(describeFailure(new TypeError("x is undefined"), placing(false)).kind).toBe(
      "OUTCOME_UNVERIFIABLE",
    );
    expect(describeFailure(new UnverifiableBooking("EKART", "PL-1-F1"), null)).toMatchObject({
      kind: "OUTCOME_UNVERIFIABLE",
      retryable: false,
    });
  });
});

describe("refusedOutright", () => {
  it("lets fallback move on only when the courier surely booked nothing", () => {
    const outright: CourierErrorKind[] = [
      "validation",
      "rejected",
      "auth",
      "unsupported",
      "circuit_open",
    ];
    for (const kind of outright) expect(refusedOutright(courierError(kind)), kind).toBe(true);
    // a lost answer may hide a booking; a rate limit is retried at the same courier later
    for (const kind of ["network", "server", "malformed", "rate_limited"] as const)
      expect(refusedOutright(courierError(kind)), kind).toBe(false);
    expect(refusedOutright(new UnverifiableBooking("EKART", "PL-1-F1"))).toBe(false);
    expect(refusedOutright(new AppError("VALIDATION", "No pickup location registered"))).toBe(true);
    expect(refusedOutright(new Error("socket hang up"))).toBe(false);
  });
});

import type { Courier } from "@/lib/couriers/courier";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingFailureKind, CourierCode } from "@/lib/generated/prisma/enums";
import { COURIER_LABEL } from "@/lib/validation/courier-account";

/**
 * Failure kinds of a booking the courier may hold without Packline knowing its AWB (the answer
 * was lost), that nobody has settled yet; null is a failure recorded before kinds existed.
 * REFUSED booked nothing; LEFT_TO_OPS was handed to ops once and is not asked about again.
 */
export const UNSETTLED_FAILURE_KINDS = [
  "OUTCOME_UNKNOWN",
  "OUTCOME_UNVERIFIABLE",
] as const satisfies readonly BookingFailureKind[];

/** A FAILED booking the courier may hold and nobody has settled: as a Prisma filter… */
export const unsettledFailure: Prisma.ShipmentWhereInput = {
  status: "FAILED",
  OR: [{ failureKind: null }, { failureKind: { in: [...UNSETTLED_FAILURE_KINDS] } }],
};

/** …and as a test of a shipment's failure kind. */
export const isUnsettledFailure = (kind: BookingFailureKind | null): boolean =>
  kind === null || (UNSETTLED_FAILURE_KINDS as readonly string[]).includes(kind);

/** A failed booking as it is recorded: the sentence ops see, whether a job retries it, its kind. */
export interface BookingFailure {
  reason: string;
  retryable: boolean;
  kind: BookingFailureKind;
}

/** What ops must do about a booking the courier may hold but cannot be asked about. */
export const checkPanelSentence = (
  courier: string,
  reference: string,
  then = 'If it is not there, use "Retry anyway" to book it under a new reference.',
) =>
  `The courier may have booked this parcel; check the courier's panel (${courier}, order number ${reference}). ${then}`;

/**
 * Thrown instead of booking again when an earlier attempt may have reached a courier that cannot
 * look bookings up: booking blind could give the parcel two AWBs.
 */
export class UnverifiableBooking extends Error {
  constructor(courier: string, reference: string) {
    super(checkPanelSentence(courier, reference));
    this.name = "UnverifiableBooking";
  }
}

/**
 * A courier refused a booking after an earlier call for the same reference lost its answer (this
 * run's, or an earlier attempt's, `mayExist`) and the look-up found nothing: a courier slow to
 * index new bookings may still hold it (Delhivery answers "Duplicate order id"). So this is no
 * refusal to fall back on: the outcome stays unknown and the next try looks it up there again.
 */
export class MayHoldBooking extends Error {
  constructor(courier: CourierCode, refusal: unknown) {
    const { reason } = failureReasonOf(refusal);
    super(
      `${reason.replace(/[.\s]+$/, "")}. An earlier call's answer was lost, so ${COURIER_LABEL[courier]} may still hold this booking: it is looked up there again before any courier is asked to book.`,
    );
    this.name = "MayHoldBooking";
  }
}

/** The sentence ops see: the courier's own reason when it gave one. */
export function failureReasonOf(error: unknown): { reason: string; retryable: boolean } {
  if (error instanceof MayHoldBooking) return { reason: error.message, retryable: true };
  if (error instanceof CourierError)
    return {
      reason: error.courierMessage ? `${error.courier}: ${error.courierMessage}` : error.message,
      retryable: error.retryable || error.kind === "circuit_open",
    };
  if (error instanceof AppError) return { reason: error.message, retryable: false };
  return {
    reason: `Unexpected error: ${String((error as Error)?.message ?? error)}`,
    retryable: true,
  };
}

/**
 * A background booking (a job's, a bulk run's) of an order that is not packed: not yet (queued at
 * payment) or not any more (cancelled since). There is nothing to book and retrying cannot change
 * that; packing the order queues its booking again. Its reason comes back instead of the error.
 */
export async function unlessNotBookable<T>(booking: Promise<T>): Promise<T | { skipped: string }> {
  try {
    return await booking;
  } catch (error) {
    if (error instanceof AppError && error.code === "ILLEGAL_TRANSITION")
      return { skipped: error.message };
    throw error;
  }
}

/** The courier's answer was lost: a timeout, no connection, a 5xx or an unreadable body. */
export const courierAnswerLost = (e: unknown): boolean =>
  e instanceof CourierError &&
  (e.kind === "network" || e.kind === "server" || e.kind === "malformed");

/**
 * Could the courier have booked despite this error? When its answer was lost, or reading the
 * answer failed; a refusal (4xx, validation, auth, 429, an open breaker) booked nothing.
 */
export function mayHaveBooked(error: unknown): boolean {
  if (error instanceof CourierError) return courierAnswerLost(error);
  return !(error instanceof AppError);
}

/**
 * Classifies a failed booking. An error before the courier was called (`placing` null) is a
 * refusal; after it, an unknown outcome is looked up on the next try where the courier can look
 * bookings up, and otherwise needs ops to check the courier's panel (and is not retried by the
 * job meanwhile).
 */
export function describeFailure(
  error: unknown,
  placing: { courier: Courier; reference: string } | null,
): BookingFailure {
  if (error instanceof UnverifiableBooking)
    return { reason: error.message, retryable: false, kind: "OUTCOME_UNVERIFIABLE" };
  const { reason, retryable } = failureReasonOf(error);
  if (!placing || !mayHaveBooked(error)) return { reason, retryable, kind: "REFUSED" };
  const { courier, reference } = placing;
  if (courier.capabilities.trackByReference) return { reason, retryable, kind: "OUTCOME_UNKNOWN" };
  return {
    reason: `${reason.replace(/[.\s]+$/, "")}. ${checkPanelSentence(courier.code, reference)}`,
    retryable: false,
    kind: "OUTCOME_UNVERIFIABLE",
  };
}

/**
 * Did the courier definitely book nothing and refuse this parcel itself, so the next courier by
 * the same rule may be tried in the same run: unserviceable, rejected, refused by Packline's own
 * check, credentials refused, no such capability, its breaker open, or a refusal before the
 * courier was called (AppError). Never a lost answer (timeout, 5xx, unreadable: the booking may
 * exist, falling back could book twice) nor a rate limit (the same courier is retried later).
 */
export const refusedOutright = (e: unknown): boolean =>
  e instanceof CourierError
    ? ["validation", "rejected", "auth", "unsupported", "circuit_open"].includes(e.kind)
    : e instanceof AppError;

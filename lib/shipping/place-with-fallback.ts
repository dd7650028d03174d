import type { BookedShipment } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { log } from "@/lib/observability/logger";
import { switchCourier, type AttemptRow } from "./booking-attempts";
import { failureReasonOf, mayHaveBooked, refusedOutright } from "./booking-failure";
import { ClaimTakenOver, renewClaim, type ClaimHolder } from "./held-claim";
import { placeBooking } from "./place-booking";
import { planFor, type BookingPlan } from "./plan-booking";

/** Where a run's booking stands: the plan it is placing, and attempts not yet written. */
export interface Placing {
  plan: BookingPlan;
  /** this run's attempts not yet in the attempt log: the caller's record step writes them */
  unwritten: AttemptRow[];
  /** every attempt of this run, for the failure's sentence */
  tried: AttemptRow[];
}

const attemptOf = (plan: BookingPlan, error: unknown): AttemptRow => ({
  courierAccountId: plan.courierAccountId,
  accountName: plan.accountName,
  outcome: mayHaveBooked(error) ? "UNKNOWN" : "REFUSED",
  // the courier's own words where it gave them: the log's row already names the account
  reason:
    error instanceof CourierError
      ? (error.courierMessage ?? error.message)
      : failureReasonOf(error).reason,
});

/**
 * Places the booking at the planned courier and, when that courier refuses it outright
 * (booking-failure.ts refusedOutright: it booked nothing), at the next account of the rule's
 * order, in the same run, until one issues an AWB or none is left. An answer that was lost stops
 * here with that courier: it may hold the booking, so it is looked up and retried as before
 * (place-booking.ts), never booked elsewhere. The shipment is re-pointed at each next courier
 * before it is called, conditionally on the held claim (booking-attempts.ts switchCourier). The
 * last error is thrown with `placing` telling the plan it belongs to.
 */
export async function placeWithFallback(
  placing: Placing,
  options: { holder: ClaimHolder; mayExist: boolean },
): Promise<BookedShipment> {
  const queue = [...placing.plan.fallbacks];
  let mayExist = options.mayExist;
  for (;;) {
    const { plan } = placing;
    let error: unknown;
    try {
      return await placeBooking(plan.courier, plan.request, {
        mayExist,
        beforeCall: () => renewClaim(options.holder),
      });
    } catch (e) {
      if (e instanceof ClaimTakenOver) throw e;
      error = e;
    }
    const attempt = attemptOf(plan, error);
    placing.unwritten.push(attempt);
    placing.tried.push(attempt);
    if (!refusedOutright(error) || !(await nextCourier(placing, queue, options.holder)))
      throw error;
    // The next courier has never seen this reference.
    mayExist = false;
  }
}

/** Plans the next account that can take the parcel and switches the shipment to it. */
async function nextCourier(
  placing: Placing,
  queue: BookingPlan["fallbacks"],
  holder: ClaimHolder,
): Promise<boolean> {
  // An order cancelled meanwhile waits for no parcel: nothing more is booked for it.
  const { direction, order } = placing.plan.basis;
  const now = await db.order.findUnique({ where: { id: order.id }, select: { status: true } });
  if (direction === "FORWARD" && now?.status !== "PACKED") return false;
  for (let next = queue.shift(); next; next = queue.shift()) {
    try {
      const plan = await planFor(
        placing.plan.basis,
        next.accountId,
        next.serviceCode ?? next.serviceName,
      );
      await switchCourier(holder, placing.unwritten, next);
      log.info("booking falls back to the next courier", {
        reference: placing.plan.basis.reference,
        refused: placing.unwritten.map((a) => a.accountName),
        next: next.accountName,
      });
      placing.unwritten = [];
      placing.plan = { ...plan, fallbacks: queue };
      return true;
    } catch (error) {
      // This account cannot take it either (no registered pickup location, say): the next.
      if (!(error instanceof AppError)) throw error;
      const refusal: AttemptRow = {
        courierAccountId: next.accountId,
        accountName: next.accountName,
        outcome: "REFUSED",
        reason: error.message,
      };
      placing.unwritten.push(refusal);
      placing.tried.push(refusal);
    }
  }
  return false;
}

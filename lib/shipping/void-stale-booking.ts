import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { cancelAwbAtCourier } from "./cancel-awb-at-courier";
import type { StaleBooking } from "./claim-shipment";
import { ClaimTakenOver, heldClaim, renewClaim, type ClaimHolder } from "./held-claim";

/**
 * Ops corrected the address of an order whose last booking's answer was lost, so the courier may
 * hold that booking with the old address (update-order-address.ts). Before the order is booked
 * again, under a new reference, that booking is looked up by its old reference and cancelled at
 * the courier; only then is the stale reference cleared, while this run still holds its claim.
 * A courier that cannot be reached throws its own retryable error, and one that refuses throws a
 * sentence: either way nothing was booked under the new reference, and the next attempt tries the
 * cancellation again.
 */
export async function voidStaleBooking(stale: StaleBooking, holder: ClaimHolder): Promise<void> {
  const courier = await getCourierForAccount(stale.courierAccountId);
  await renewClaim(holder);
  const found = await courier.findShipmentByReference(stale.reference);
  if (found) {
    await renewClaim(holder);
    const answer = await cancelAwbAtCourier(stale.courierAccountId, found.awb);
    if (!answer.cancelled && answer.error?.retryable) throw answer.error;
    if (!answer.cancelled)
      throw new AppError(
        "CONFLICT",
        `${answer.courier} would not cancel AWB ${found.awb}, booked with the address as it was before it was corrected (${answer.reason.replace(/[.\s]+$/, "")}). Cancel it in the courier's panel, then retry the shipment.`,
      );
  }
  const { count } = await db.shipment.updateMany({
    where: heldClaim(holder),
    data: { staleReference: null },
  });
  if (count === 0) throw new ClaimTakenOver();
}

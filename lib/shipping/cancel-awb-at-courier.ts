import { isDryRunId } from "@/lib/couriers/dry-run";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { CourierError } from "@/lib/errors/courier-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";

export type CourierCancellation =
  | { cancelled: true; courier: CourierCode | null }
  | {
      cancelled: false;
      courier: CourierCode;
      reason: string;
      retryable: boolean;
      /** the courier call's own error, when it failed rather than answered "no" */
      error?: CourierError;
    };

/**
 * Asks the courier to cancel an AWB. Never call it inside a transaction. A refusal or an
 * unreachable courier comes back as `cancelled: false` with the courier's reason; a dry-run AWB
 * (DRYRUN…) exists only in Packline, even if the account has since gone live, so it needs no call.
 */
export async function cancelAwbAtCourier(
  courierAccountId: string,
  awb: string,
): Promise<CourierCancellation> {
  if (isDryRunId(awb)) return { cancelled: true, courier: null };
  const courier = await getCourierForAccount(courierAccountId);
  try {
    const answer = await courier.cancelShipment(awb);
    if (answer.cancelled) return { cancelled: true, courier: courier.code };
    return {
      cancelled: false,
      courier: courier.code,
      reason: answer.message ?? "it gave no reason",
      retryable: false,
    };
  } catch (error) {
    if (!(error instanceof CourierError)) throw error;
    return {
      cancelled: false,
      courier: courier.code,
      reason: error.courierMessage ?? error.message,
      retryable: error.retryable,
      error,
    };
  }
}

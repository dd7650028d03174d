import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import {
  lockRazorpaySecret,
  previousInForce,
  RAZORPAY_SECRET_SETTING,
  readStoredRazorpaySecret,
} from "./razorpay-webhook-secret";

/**
 * Stops accepting the replaced Razorpay secret before its grace period ends: for a secret that
 * leaked, or once Razorpay's dashboard has the new one. Audited in the same transaction.
 */
export async function endPreviousRazorpaySecret(input: { actorId: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockRazorpaySecret(tx);
    const stored = await readStoredRazorpaySecret(tx);
    const previous = stored && previousInForce(stored.value, new Date());
    if (!stored || !previous)
      throw new AppError("CONFLICT", "No previous secret is being accepted.");
    await tx.setting.update({
      where: { key: RAZORPAY_SECRET_SETTING },
      data: { value: { ...stored.value, previous: null }, updatedBy: input.actorId },
      select: { key: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "payments.razorpay_webhook_previous_secret_ended",
      entityType: "Setting",
      entityId: RAZORPAY_SECRET_SETTING,
      details: { wouldHaveBeenAcceptedUntil: previous.validUntil },
    });
  });
}

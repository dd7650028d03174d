import { recordAudit } from "@/lib/audit/record-audit";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import {
  lockRazorpaySecret,
  PREVIOUS_SECRET_GRACE_HOURS,
  RAZORPAY_SECRET_SETTING,
  readStoredRazorpaySecret,
  type StoredRazorpaySecret,
  versionOf,
} from "./razorpay-webhook-secret";

export interface SetRazorpayWebhookSecretInput {
  secret: string;
  /** the admin making the change; null only for tests and scripts */
  actorId: string | null;
  /** when the change is made (the grace period runs from here); now by default */
  now?: Date;
}

/**
 * Sets or rotates the Razorpay webhook secret (Admin → Payments). The secret it replaces, the
 * Admin one or RAZORPAY_WEBHOOK_SECRET, keeps verifying for PREVIOUS_SECRET_GRACE_HOURS, so
 * deliveries signed before Razorpay's dashboard has the new one are not lost; only one previous
 * secret is kept. Write-only: nothing returns the secret. Audited in the same transaction.
 */
export async function setRazorpayWebhookSecret(input: SetRazorpayWebhookSecretInput) {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    await lockRazorpaySecret(tx);
    const stored = await readStoredRazorpaySecret(tx);
    const current = stored
      ? decryptSecret(stored.value.encrypted)
      : (env().RAZORPAY_WEBHOOK_SECRET ?? null);
    if (current === input.secret)
      throw new AppError("VALIDATION", "That is the secret already in use.", {
        fieldErrors: { secret: ["This is the secret already in use; enter the new one."] },
      });
    const validUntil = new Date(now.getTime() + PREVIOUS_SECRET_GRACE_HOURS * 3_600_000);
    const currentVersion = stored ? versionOf(stored.value) : 0;
    const value: StoredRazorpaySecret = {
      encrypted: encryptSecret(input.secret),
      version: currentVersion + 1,
      setAt: now.toISOString(),
      setBy: input.actorId,
      previous: current
        ? {
            encrypted: stored?.value.encrypted ?? encryptSecret(current),
            version: currentVersion,
            validUntil: validUntil.toISOString(),
          }
        : null,
    };
    await tx.setting.upsert({
      where: { key: RAZORPAY_SECRET_SETTING },
      create: {
        key: RAZORPAY_SECRET_SETTING,
        value: { ...value },
        secret: true,
        updatedBy: input.actorId,
      },
      update: { value: { ...value }, updatedBy: input.actorId },
      select: { key: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: current
        ? "payments.razorpay_webhook_secret_rotated"
        : "payments.razorpay_webhook_secret_set",
      entityType: "Setting",
      entityId: RAZORPAY_SECRET_SETTING,
      details: {
        replaced: stored ? "admin" : current ? "environment" : null,
        previousAcceptedUntil: current ? validUntil.toISOString() : null,
      },
    });
  });
}

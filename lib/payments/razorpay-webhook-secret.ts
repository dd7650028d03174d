import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secrets";
import { env } from "@/lib/env";

export const RAZORPAY_SECRET_SETTING = "payments.razorpay.webhook_secret";

/** The secret set in Admin (a Setting, encrypted) wins over RAZORPAY_WEBHOOK_SECRET. */
export async function getRazorpayWebhookSecret(): Promise<string | null> {
  const row = await db.setting.findUnique({
    where: { key: RAZORPAY_SECRET_SETTING },
    select: { value: true },
  });
  const sealed = (row?.value as { encrypted?: unknown } | null)?.encrypted;
  if (typeof sealed === "string") return decryptSecret(sealed);
  return env().RAZORPAY_WEBHOOK_SECRET ?? null;
}

export async function setRazorpayWebhookSecret(secret: string, updatedBy: string | null) {
  const value = { encrypted: encryptSecret(secret) };
  await db.setting.upsert({
    where: { key: RAZORPAY_SECRET_SETTING },
    create: { key: RAZORPAY_SECRET_SETTING, value, secret: true, updatedBy },
    update: { value, updatedBy },
  });
}

import { db } from "@/lib/db";
import type { RazorpaySecretSource } from "./razorpay-webhook-secret";

export const RAZORPAY_LAST_VERIFIED_SETTING = "payments.razorpay.last_verified";

/**
 * Notes that a delivery verified, and with which secret, for Admin → Payments: after a rotation
 * the admin sees when Razorpay started signing with the new one. At most one write a minute
 * unless the secret changes, so a burst of deliveries does not queue on this row.
 */
export async function recordRazorpayVerification(source: RazorpaySecretSource): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Setting" (key, value, secret, "updatedAt")
    VALUES (${RAZORPAY_LAST_VERIFIED_SETTING}, jsonb_build_object('source', ${source}::text), false, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, "updatedAt" = excluded."updatedAt"
    WHERE "Setting".value->>'source' IS DISTINCT FROM excluded.value->>'source'
       OR "Setting"."updatedAt" < excluded."updatedAt" - interval '1 minute'`;
}

/** When a delivery last verified and with which secret; null if none has yet. */
export async function lastRazorpayVerification(): Promise<{
  at: Date;
  source: RazorpaySecretSource;
} | null> {
  const row = await db.setting.findUnique({
    where: { key: RAZORPAY_LAST_VERIFIED_SETTING },
    select: { value: true, updatedAt: true },
  });
  const source = (row?.value as { source?: RazorpaySecretSource } | null)?.source;
  return row && source ? { at: row.updatedAt, source } : null;
}

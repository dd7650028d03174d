import { db } from "@/lib/db";

export const RAZORPAY_LAST_VERIFIED_SETTING = "payments.razorpay.last_verified";

/**
 * Notes that a delivery verified, and with which version of the secret, for Admin → Payments:
 * after a rotation the admin sees when Razorpay started signing with the new one. At most one
 * write a minute unless the version changes, so a burst of deliveries does not queue on this row.
 */
export async function recordRazorpayVerification(version: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Setting" (key, value, secret, "updatedAt")
    VALUES (${RAZORPAY_LAST_VERIFIED_SETTING}, jsonb_build_object('version', ${version}::int),
      false, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, "updatedAt" = excluded."updatedAt"
    WHERE "Setting".value->'version' IS DISTINCT FROM excluded.value->'version'
       OR "Setting"."updatedAt" < excluded."updatedAt" - interval '1 minute'`;
}

/** When a delivery last verified and the version of the secret that verified it; null if none has. */
export async function lastRazorpayVerification(): Promise<{ at: Date; version: number } | null> {
  const row = await db.setting.findUnique({
    where: { key: RAZORPAY_LAST_VERIFIED_SETTING },
    select: { value: true, updatedAt: true },
  });
  const version = (row?.value as { version?: unknown } | null)?.version;
  return row && typeof version === "number" ? { at: row.updatedAt, version } : null;
}

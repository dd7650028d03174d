import { db, type Tx } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secrets";
import { env } from "@/lib/env";

export const RAZORPAY_SECRET_SETTING = "payments.razorpay.webhook_secret";

/**
 * How long a replaced secret still verifies. Razorpay retries a failed delivery for 24 hours,
 * and the new secret cannot be saved here and in Razorpay's dashboard at the same instant, so
 * deliveries signed with the old one keep arriving for a while after a change.
 */
export const PREVIOUS_SECRET_GRACE_HOURS = 24;

/** The Setting's value; secrets are encrypted with PACKLINE_ENCRYPTION_KEY. */
export interface StoredRazorpaySecret {
  encrypted: string;
  /** counts changes (RAZORPAY_WEBHOOK_SECRET is 0), so a verified delivery can name its secret */
  version?: number;
  /** ISO time and user id of the change (absent on rows written before rotation existed) */
  setAt?: string;
  setBy?: string | null;
  /** the secret this one replaced, accepted until validUntil (ISO) */
  previous?: { encrypted: string; version: number; validUntil: string } | null;
}

/** A secret a delivery may be signed with, and which one it is. */
export interface RazorpaySecretInForce {
  secret: string;
  version: number;
  source: "admin" | "environment" | "previous";
}

/** The version of a stored secret; rows from before versions count as the first change. */
export const versionOf = (stored: StoredRazorpaySecret) => stored.version ?? 1;

export async function readStoredRazorpaySecret(client: Tx = db) {
  const row = await client.setting.findUnique({
    where: { key: RAZORPAY_SECRET_SETTING },
    select: { value: true, updatedAt: true },
  });
  const value = row?.value as Partial<StoredRazorpaySecret> | null | undefined;
  if (typeof value?.encrypted !== "string") return null;
  return { value: value as StoredRazorpaySecret, updatedAt: row!.updatedAt };
}

/** Serialises changes to the secret, whether or not its Setting row exists yet. */
export async function lockRazorpaySecret(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${RAZORPAY_SECRET_SETTING}, 0))`;
}

/** A previous secret that still verifies at `now`, or null. */
export function previousInForce(stored: StoredRazorpaySecret, now: Date) {
  const previous = stored.previous;
  return previous && Date.parse(previous.validUntil) > now.getTime() ? previous : null;
}

/**
 * The secrets a delivery may be signed with at `now`: the one set in Admin (which wins over
 * RAZORPAY_WEBHOOK_SECRET), else the environment's, plus the one it replaced during its grace
 * period. Empty when none is configured: every delivery is then refused.
 */
export async function razorpaySecretsInForce(
  now: Date = new Date(),
): Promise<RazorpaySecretInForce[]> {
  const stored = await readStoredRazorpaySecret();
  if (!stored) {
    const fromEnv = env().RAZORPAY_WEBHOOK_SECRET;
    return fromEnv ? [{ secret: fromEnv, version: 0, source: "environment" }] : [];
  }
  const current: RazorpaySecretInForce = {
    secret: decryptSecret(stored.value.encrypted),
    version: versionOf(stored.value),
    source: "admin",
  };
  const previous = previousInForce(stored.value, now);
  if (!previous) return [current];
  return [
    current,
    { secret: decryptSecret(previous.encrypted), version: previous.version, source: "previous" },
  ];
}

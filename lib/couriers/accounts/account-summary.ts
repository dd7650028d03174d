import { decryptJson } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { credentialSchemas } from "@/lib/validation/courier-account";
import type { BreakerState } from "../http/circuit-breaker";

/** A courier account as the admin screen sees it: whether secrets are set, never the secrets. */
export interface CourierAccountSummary {
  id: string;
  courier: CourierCode;
  name: string;
  baseUrl: string;
  pickupPincode: string;
  pickupLocationName: string | null;
  active: boolean;
  dryRun: boolean;
  priority: number;
  credentialsSet: boolean;
  webhookSecretSet: boolean;
  breaker: { state: BreakerState; failures: number; openedAt: Date | null };
  lastBookedAt: Date | null;
  lastTrackedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const summarySelect = {
  id: true,
  courier: true,
  name: true,
  baseUrl: true,
  pickupPincode: true,
  pickupLocationName: true,
  active: true,
  dryRun: true,
  priority: true,
  credentialsEncrypted: true,
  webhookSecretEncrypted: true,
  createdAt: true,
  updatedAt: true,
} as const;

// "Set" means the adapter would find every field it reads: stored JSON that no longer decrypts
// (a rotated key) or lacks a field counts as not set, so the admin knows to enter them again.
function credentialsComplete(courier: CourierCode, sealed: string): boolean {
  try {
    return credentialSchemas[courier].safeParse(decryptJson(sealed)).success;
  } catch {
    return false;
  }
}

/** Accounts matching `where`, by priority then name, with breaker state and last activity. */
export async function readAccountSummaries(
  where: Prisma.CourierAccountWhereInput = {},
): Promise<CourierAccountSummary[]> {
  const rows = await db.courierAccount.findMany({
    where,
    orderBy: [{ priority: "asc" }, { name: "asc" }],
    select: summarySelect,
  });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // The breaker lives in each process's memory; CircuitBreakerState mirrors its last transition.
  const [breakers, activity] = await Promise.all([
    db.circuitBreakerState.findMany({
      where: { key: { in: ids.map((id) => `courier:${id}`) } },
      select: { key: true, state: true, failures: true, openedAt: true },
    }),
    db.shipment.groupBy({
      by: ["courierAccountId"],
      where: { courierAccountId: { in: ids } },
      _max: { bookedAt: true, lastTrackedAt: true },
    }),
  ]);
  const breakerOf = new Map(breakers.map((b) => [b.key, b]));
  const activityOf = new Map(activity.map((a) => [a.courierAccountId, a._max]));
  return rows.map(({ credentialsEncrypted, webhookSecretEncrypted, ...row }) => {
    const breaker = breakerOf.get(`courier:${row.id}`);
    const last = activityOf.get(row.id);
    return {
      ...row,
      credentialsSet: credentialsComplete(row.courier, credentialsEncrypted),
      webhookSecretSet: webhookSecretEncrypted !== null,
      breaker: {
        state: (breaker?.state as BreakerState | undefined) ?? "CLOSED",
        failures: breaker?.failures ?? 0,
        openedAt: breaker?.state === "OPEN" ? (breaker.openedAt ?? null) : null,
      },
      lastBookedAt: last?.bookedAt ?? null,
      lastTrackedAt: last?.lastTrackedAt ?? null,
    };
  });
}

/** One account's summary; null when it does not exist. */
export async function readAccountSummary(id: string): Promise<CourierAccountSummary | null> {
  const [summary] = await readAccountSummaries({ id });
  return summary ?? null;
}

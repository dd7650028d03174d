import type { NormalisedWebhook } from "@/lib/couriers/types";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { db } from "@/lib/db";
import {
  applyCourierWebhook,
  type ApplyOutcome,
  type CourierWebhookClaim,
  errorText,
  failTry,
  settleClaim,
} from "@/lib/shipping/apply-courier-webhook";
import { COURIER_WEBHOOK_PROVIDERS, COURIER_WEBHOOK_READERS } from "./courier-webhook-readers";
import {
  CLAIMS_WITHOUT_OUTCOME_LIMIT,
  failAbandonedCourierWebhooks,
} from "./fail-abandoned-courier-webhooks";

/** A claim's lease: a drain that dies mid-apply leaves its rows claimable again after this. */
export const APPLY_LEASE_SECONDS = 60;
const BATCH = 32;
// Deliveries applied at once by one drain (about different parcels: see inOrderOfParcel), each
// a short transaction on its shipments' row locks.
const PARALLEL = 4;

export type DrainReport = Record<ApplyOutcome, number>;

export interface ClaimedRow {
  id: string;
  provider: string;
  rawBody: string;
  applyTries: number;
  receivedAt: Date;
}

/**
 * Claims up to `limit` stored courier deliveries that are waiting (RECEIVED, not leased, not
 * backing off), oldest first, with FOR UPDATE SKIP LOCKED so two drains never claim one row.
 * A claim adds one to applyTries and leases the row for APPLY_LEASE_SECONDS; every write of the
 * outcome is conditional on that claim (apply-courier-webhook.ts). A row that has used up its
 * claims without an outcome is not claimed again but failed (fail-abandoned-courier-webhooks.ts).
 */
export async function claimCourierWebhooks(limit: number): Promise<ClaimedRow[]> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    WITH waiting AS (
      SELECT id FROM "WebhookEvent"
       WHERE status = 'RECEIVED' AND provider = ANY(${COURIER_WEBHOOK_PROVIDERS}::text[])
         AND ("applyAfter" IS NULL OR "applyAfter" <= now())
         AND "applyTries" < ${CLAIMS_WITHOUT_OUTCOME_LIMIT}::int
       ORDER BY "receivedAt", id
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED)
    UPDATE "WebhookEvent" e
       SET "applyTries" = e."applyTries" + 1,
           "applyAfter" = now() + make_interval(secs => ${APPLY_LEASE_SECONDS})
      FROM waiting WHERE e.id = waiting.id
    RETURNING e.id, e.provider, e."rawBody", e."applyTries", e."receivedAt"`;
  // UPDATE … RETURNING keeps no order: back to the order of receipt.
  return rows.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

/** Claims a batch of waiting courier deliveries and applies them: the worker's drain. */
export async function drainCourierWebhooks(options: { limit?: number } = {}): Promise<DrainReport> {
  const report: DrainReport = { PROCESSED: 0, IGNORED: 0, RETRYING: 0, FAILED: 0, SUPERSEDED: 0 };
  report.FAILED += await failAbandonedCourierWebhooks();
  const rows = await claimCourierWebhooks(options.limit ?? BATCH);
  const groups = inOrderOfParcel(rows.map(readClaimed));
  let next = 0;
  let thrown: unknown = null;
  const lane = async () => {
    while (next < groups.length)
      for (const claimed of groups[next++]!) {
        const outcome = await applyGuarded(claimed).catch((error: unknown) => {
          // The database went away (or recording a try failed): the lease runs out, claimed again.
          thrown ??= error;
          return null;
        });
        if (outcome) report[outcome]++;
      }
  };
  // Every lane runs its claims to the end, whatever one delivery throws.
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  if (thrown) throw thrown;
  return report;
}

/** One delivery's unexpected error is a failed try of that delivery, not the drain's. */
async function applyGuarded(claimed: ReadClaim): Promise<ApplyOutcome> {
  try {
    return await applyRead(claimed);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    const events = Array.isArray(claimed.events) ? claimed.events : [];
    return failTry(claimed.claim, events[0]?.update.awb ?? null, errorText(error));
  }
}

export interface ReadClaim {
  claim: CourierWebhookClaim;
  /** the delivery's updates, or why they cannot be read */
  events: NormalisedWebhook[] | { unreadable: string };
}

function readClaimed(row: ClaimedRow): ReadClaim {
  const reader = COURIER_WEBHOOK_READERS[row.provider]!;
  const claim: CourierWebhookClaim = { id: row.id, courier: reader.courier, tries: row.applyTries };
  try {
    return { claim, events: reader.read(row.rawBody) ?? [] };
  } catch (error) {
    return {
      claim,
      events: { unreadable: errorText(error) },
    };
  }
}

/**
 * Deliveries that name a common parcel, in one group each and in order of receipt: a group is
 * applied one delivery after another, groups side by side. A courier often sends a parcel's
 * scans a moment apart with the same time on them, and then the one received last must be
 * applied last, as it was when each was applied on arrival.
 */
export function inOrderOfParcel<T extends Pick<ReadClaim, "events">>(claims: T[]): T[][] {
  const parent = claims.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstWith = new Map<string, number>();
  claims.forEach(({ events }, i) => {
    for (const { update } of Array.isArray(events) ? events : []) {
      const first = firstWith.get(update.awb);
      if (first === undefined) firstWith.set(update.awb, i);
      else parent[root(i)] = root(first);
    }
  });
  const groups = new Map<number, T[]>();
  claims.forEach((claimed, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), claimed]));
  return [...groups.values()];
}

/** Reads a claimed delivery again and applies it under its claim (an admin's re-process). */
export function applyClaimedCourierWebhook(row: ClaimedRow): Promise<ApplyOutcome> {
  return applyRead(readClaimed(row));
}

function applyRead({ claim, events }: ReadClaim): Promise<ApplyOutcome> {
  // It was read when it arrived, so only a changed reader lands here: retrying cannot help.
  if (!Array.isArray(events)) return settleOnce(claim, "FAILED", events.unreadable);
  if (events.length === 0) return settleOnce(claim, "IGNORED", "carries no scan");
  return applyCourierWebhook(claim, events);
}

async function settleOnce(
  claim: CourierWebhookClaim,
  status: "FAILED" | "IGNORED",
  error: string,
): Promise<ApplyOutcome> {
  return (await settleClaim(claim, { status, error, processedAt: new Date() }))
    ? status
    : "SUPERSEDED";
}

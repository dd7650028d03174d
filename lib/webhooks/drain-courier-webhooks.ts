import type { NormalisedWebhook } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import {
  applyCourierWebhook,
  type ApplyOutcome,
  type CourierWebhookClaim,
  settleClaim,
} from "@/lib/shipping/apply-courier-webhook";
import { COURIER_WEBHOOK_PROVIDERS, COURIER_WEBHOOK_READERS } from "./courier-webhook-readers";

/** A claim's lease: a drain that dies mid-apply leaves its rows claimable again after this. */
export const APPLY_LEASE_SECONDS = 60;
const BATCH = 32;
// Deliveries applied at once by one drain: each is a short transaction on its shipment's row
// lock, so scans of one parcel applied together wait for each other, and out-of-order scans are
// put in order by apply-tracking-update.
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
 * outcome is conditional on that claim (apply-courier-webhook.ts).
 */
export async function claimCourierWebhooks(limit: number): Promise<ClaimedRow[]> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    WITH waiting AS (
      SELECT id FROM "WebhookEvent"
       WHERE status = 'RECEIVED' AND provider = ANY(${COURIER_WEBHOOK_PROVIDERS}::text[])
         AND ("applyAfter" IS NULL OR "applyAfter" <= now())
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
  const rows = await claimCourierWebhooks(options.limit ?? BATCH);
  let next = 0;
  const lane = async () => {
    while (next < rows.length) {
      const outcome = await applyClaimedCourierWebhook(rows[next++]!);
      report[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  return report;
}

/** Reads a claimed delivery again and applies it under its claim. */
export async function applyClaimedCourierWebhook(row: ClaimedRow): Promise<ApplyOutcome> {
  const reader = COURIER_WEBHOOK_READERS[row.provider]!;
  const claim: CourierWebhookClaim = { id: row.id, courier: reader.courier, tries: row.applyTries };
  let events: NormalisedWebhook[];
  try {
    events = reader.read(row.rawBody) ?? [];
  } catch (error) {
    // It was read when it arrived, so only a changed reader lands here: retrying cannot help.
    const message = error instanceof Error ? error.message : String(error);
    return settleOnce(claim, "FAILED", message);
  }
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

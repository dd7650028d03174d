import { db } from "@/lib/db";
import { env } from "@/lib/env";

export interface PurgeWebhookHistoryOptions {
  /** rows received more than this many days ago go; WEBHOOK_RETENTION_DAYS by default */
  olderThanDays?: number;
  /** rows per DELETE statement */
  batchSize?: number;
  now?: Date;
}

export interface PurgeWebhookHistoryResult {
  events: number;
  rejections: number;
  /** DELETE statements run, each its own short transaction */
  batches: number;
}

// Handled deliveries, and refused ones from before deliveries were verified first. FAILED and
// RECEIVED rows stay until someone has looked at them: they are what went wrong.
const PURGED_STATUSES = ["PROCESSED", "IGNORED", "REJECTED"];

/**
 * Deletes webhook deliveries and rejections received before the retention period, a batch at a
 * time: every statement is its own transaction, so a backlog of millions never holds locks or
 * bloats one transaction, and a worker killed half-way leaves nothing to undo.
 */
export async function purgeWebhookHistory(
  options: PurgeWebhookHistoryOptions = {},
): Promise<PurgeWebhookHistoryResult> {
  const days = options.olderThanDays ?? env().WEBHOOK_RETENTION_DAYS;
  const batchSize = options.batchSize ?? 5_000;
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * 86_400_000);
  const events = await inBatches(
    batchSize,
    () => db.$executeRaw`
      DELETE FROM "WebhookEvent" WHERE id IN (
        SELECT id FROM "WebhookEvent"
        WHERE status = ANY(${PURGED_STATUSES}::"WebhookStatus"[]) AND "receivedAt" < ${cutoff}
        LIMIT ${batchSize})`,
  );
  const rejections = await inBatches(
    batchSize,
    () => db.$executeRaw`
      DELETE FROM "WebhookRejection" WHERE id IN (
        SELECT id FROM "WebhookRejection" WHERE "receivedAt" < ${cutoff} LIMIT ${batchSize})`,
  );
  return {
    events: events.deleted,
    rejections: rejections.deleted,
    batches: events.batches + rejections.batches,
  };
}

/** Runs a bounded DELETE until one removes fewer rows than a full batch. */
async function inBatches(batchSize: number, deleteBatch: () => Promise<number>) {
  let deleted = 0;
  let batches = 0;
  for (;;) {
    const n = await deleteBatch();
    batches++;
    deleted += n;
    if (n < batchSize) return { deleted, batches };
  }
}

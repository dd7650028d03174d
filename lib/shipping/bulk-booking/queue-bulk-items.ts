import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { sendJobs } from "@/lib/jobs/send-job";
import type { BookShipmentJobData } from "../book-shipment-job";

export interface QueuedItem {
  id: string;
  orderId: string;
  attempt: number;
}

/**
 * One booking job per item, inserted through the transaction that made the items QUEUED: the
 * jobs exist if and only if the items do. Each job names its item and the attempt it was queued
 * for, and records its outcome only on that (record-bulk-outcome.ts); the item keeps the job's
 * id, so an item whose job ended without recording is found (fail-orphaned-bulk-items.ts).
 */
export async function queueBulkItems(tx: Tx, items: QueuedItem[]): Promise<void> {
  if (items.length === 0) return;
  const jobs = items.map((item) => {
    const data: BookShipmentJobData = {
      orderId: item.orderId,
      bulkItem: { id: item.id, attempt: item.attempt },
    };
    return { id: randomUUID(), data, item };
  });
  await sendJobs(
    BOOK_SHIPMENT_JOB,
    jobs.map(({ id, data }) => ({ id, data })),
    { tx },
  );
  const rows = jobs.map(({ id, item }) => ({ item: item.id, attempt: item.attempt, job: id }));
  await tx.$executeRaw`
    UPDATE "BulkBookingItem" AS i SET "jobId" = v.job
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(item text, attempt int, job text)
    WHERE i.id = v.item AND i.attempt = v.attempt`;
}

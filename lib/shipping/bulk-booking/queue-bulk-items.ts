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
 * for, and records its outcome only on that (record-bulk-outcome.ts).
 */
export async function queueBulkItems(tx: Tx, items: QueuedItem[]): Promise<void> {
  const jobs: BookShipmentJobData[] = items.map((item) => ({
    orderId: item.orderId,
    bulkItem: { id: item.id, attempt: item.attempt },
  }));
  await sendJobs(BOOK_SHIPMENT_JOB, jobs, { tx });
}

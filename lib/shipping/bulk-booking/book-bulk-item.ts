import { log } from "@/lib/observability/logger";
import { bookShipment, type BookShipmentResult } from "../book-shipment";
import { failureReasonOf, unlessNotBookable } from "../booking-failure";
import type { QueuedItem } from "./queue-bulk-items";
import {
  noteBulkRetry,
  recordBulkOutcome,
  waitingBulkItem,
  type BulkOutcome,
} from "./record-bulk-outcome";

export interface BookBulkItemInput {
  item: QueuedItem;
  /** the booking job running this, so its next run can take over the claim (claim-shipment.ts) */
  jobId: string;
  /** this is the job's last run: a transient failure is recorded as FAILED, not retried */
  lastRun: boolean;
}

/**
 * One order of a bulk booking, run by its booking job: books through the same idempotent
 * bookShipment as everything else (as the person who started the run), then records the outcome
 * on the item. A transient failure (courier down, rate limited, another booking of the order in
 * flight) leaves the item QUEUED with the reason and throws, so the queue retries it with backoff;
 * the last run records it as FAILED for "retry failed". A worker that dies between booking and
 * recording leaves the item QUEUED: the job's next run finds the order booked and records that.
 */
export async function bookBulkItem(input: BookBulkItemInput): Promise<void> {
  const { item, jobId, lastRun } = input;
  const waiting = await waitingBulkItem(item);
  if (!waiting) return; // recorded by an earlier run, or queued again under a newer attempt
  const actor = { userId: waiting.startedById, label: "bulk booking" };
  let outcome: BulkOutcome | { retry: string };
  try {
    const result = await unlessNotBookable(bookShipment({ orderId: item.orderId, actor, jobId }));
    outcome =
      "skipped" in result ? { state: "SKIPPED", reason: result.skipped } : outcomeOf(result);
  } catch (error) {
    outcome = { retry: failureReasonOf(error).reason };
  }
  if ("state" in outcome) {
    await recordBulkOutcome(item, outcome);
    return;
  }
  if (lastRun) {
    await recordBulkOutcome(item, { state: "FAILED", reason: outcome.retry });
    return;
  }
  await noteBulkRetry(item, outcome.retry);
  log.info("bulk booking item will be retried", { itemId: item.id, reason: outcome.retry });
  throw new Error(`Booking of order ${item.orderId} will be retried: ${outcome.retry}`);
}

function outcomeOf(result: BookShipmentResult): BulkOutcome | { retry: string } {
  switch (result.outcome) {
    case "BOOKED":
      return { state: "BOOKED", awb: result.awb, courier: result.courier };
    case "ALREADY_BOOKED":
      return {
        state: "BOOKED",
        awb: result.awb,
        courier: result.courier,
        reason: "Booked before this run.",
      };
    case "IN_FLIGHT":
      return { retry: "Another booking of this order is in progress." };
    // The AWB was cancelled at the courier (order cancelled, or another run took over): the next
    // run finds the order cancelled (SKIPPED) or booked by that other run (BOOKED).
    case "VOIDED":
      return { retry: result.reason ?? "The courier's AWB could not be kept." };
    case "FAILED":
      if (result.retryable) return { retry: result.reason ?? "The courier could not be reached." };
      return {
        state: "FAILED",
        reason: result.reason ?? "The courier refused the booking.",
        courier: result.courier,
      };
  }
}

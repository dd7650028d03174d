import { z } from "zod";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { log } from "@/lib/observability/logger";
import { bookShipment } from "./book-shipment";
import { unlessNotBookable } from "./booking-failure";
import { bookBulkItem } from "./bulk-booking/book-bulk-item";

const bookJobSchema = z.object({
  orderId: z.string().min(1),
  direction: z.enum(["FORWARD", "REVERSE"]).default("FORWARD"),
  courierAccountId: z.string().min(1).nullish(),
  /** queued by a bulk booking: the item (and its attempt) this job records its outcome on */
  bulkItem: z.object({ id: z.string().min(1), attempt: z.number().int().min(1) }).optional(),
});

export type BookShipmentJobData = z.input<typeof bookJobSchema>;

/**
 * The background booking. A transient failure (network, 5xx, 429, breaker open) throws so
 * pg-boss retries it with backoff; the retry claims the FAILED shipment again and, where the
 * earlier attempt may have booked, looks it up at the courier before booking, so a retry never
 * issues a second AWB. A courier that cannot look up is not retried after a lost answer: ops
 * check its panel ("retry anyway"). A retry after this job's worker died mid-booking takes over
 * the claim its earlier run left (claim-shipment.ts). A job of
 * a bulk booking records its outcome on its run's item (bulk-booking/book-bulk-item.ts).
 */
export const bookShipmentJob = defineJob<BookShipmentJobData>({
  name: BOOK_SHIPMENT_JOB,
  async handle(data, job) {
    const input = bookJobSchema.parse(data);
    if (input.bulkItem) {
      const item = { ...input.bulkItem, orderId: input.orderId };
      const lastRun = job.retryCount >= job.retryLimit;
      return bookBulkItem({ item, jobId: job.id, lastRun });
    }
    const actor = { label: "system:booking" };
    const result = await unlessNotBookable(bookShipment({ ...input, actor, jobId: job.id }));
    if ("skipped" in result) {
      log.info("booking skipped", { orderId: input.orderId, reason: result.skipped });
      return;
    }
    if (result.outcome === "FAILED" && result.retryable)
      throw new Error(`Booking of order ${input.orderId} failed, will retry: ${result.reason}`);
  },
});

import { z } from "zod";
import { queue } from "@/lib/jobs/boss";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/observability/logger";
import { bookShipment } from "./book-shipment";

const bookJobSchema = z.object({
  orderId: z.string().min(1),
  direction: z.enum(["FORWARD", "REVERSE"]).default("FORWARD"),
  courierAccountId: z.string().min(1).nullish(),
});

export type BookShipmentJobData = z.input<typeof bookJobSchema>;

/**
 * The background booking. A transient failure (network, 5xx, 429, breaker open) throws so
 * pg-boss retries it with backoff; the retry claims the FAILED shipment again and looks it up at
 * the courier before booking, so a retry never issues a second AWB.
 */
export const bookShipmentJob = defineJob<BookShipmentJobData>({
  name: BOOK_SHIPMENT_JOB,
  queue: { name: BOOK_SHIPMENT_JOB, retryLimit: 5, retryDelay: 30, retryBackoff: true },
  async handle(data) {
    const input = bookJobSchema.parse(data);
    const result = await bookShipment({ ...input, actor: { label: "system:booking" } }).catch(
      (error: unknown) => {
        // Not packed yet (queued at payment), or cancelled since: nothing to book, and retrying
        // cannot change that. Packing the order queues its booking again.
        if (error instanceof AppError && error.code === "ILLEGAL_TRANSITION") {
          log.info("booking skipped", { orderId: input.orderId, reason: error.message });
          return null;
        }
        throw error;
      },
    );
    if (!result) return;
    if (result.outcome === "FAILED" && result.retryable)
      throw new Error(`Booking of order ${input.orderId} failed, will retry: ${result.reason}`);
  },
});

/** Queues a booking; one queued job per order and direction at a time. */
export async function enqueueBooking(data: BookShipmentJobData): Promise<string | null> {
  const boss = await queue();
  return boss.send(BOOK_SHIPMENT_JOB, data, {
    singletonKey: `${data.orderId}:${data.direction ?? "FORWARD"}`,
  });
}

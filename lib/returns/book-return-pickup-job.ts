import { z } from "zod";
import { BOOK_RETURN_PICKUP_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { log } from "@/lib/observability/logger";
import { bookReturnPickup } from "./book-return-pickup";

const jobSchema = z.object({ returnRequestId: z.string().min(1) });

/**
 * The reverse pickup's booking, queued when ops approve a return. A transient failure throws so
 * pg-boss retries it with backoff; the retry claims the FAILED shipment again and looks the
 * booking up at the courier before booking anew (place-booking.ts), so it never gets two AWBs.
 */
export const bookReturnPickupJob = defineJob<z.input<typeof jobSchema>>({
  name: BOOK_RETURN_PICKUP_JOB,
  async handle(data, job) {
    const { returnRequestId } = jobSchema.parse(data);
    const result = await bookReturnPickup(returnRequestId, { jobId: job.id });
    log.info("return pickup booking", { returnRequestId, outcome: result.outcome });
    if (result.outcome === "FAILED" && result.retryable)
      throw new Error(`Return pickup ${returnRequestId} failed, will retry: ${result.reason}`);
  },
});

import { z } from "zod";
import { PRINT_LABELS_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { failLabelBatch, makeLabelBatch } from "./make-label-batch";

const printLabelsJobSchema = z.object({ batchId: z.string().min(1) });
export type PrintLabelsJobData = z.input<typeof printLabelsJobSchema>;

/**
 * Makes one label batch's PDF (make-label-batch.ts). A courier that fails is retried by the
 * queue with backoff; the last run prints what it has, reporting the rest, and a run that fails
 * for any other reason on its last try marks the batch FAILED so the screen stops waiting.
 */
export const printLabelsJob = defineJob<PrintLabelsJobData>({
  name: PRINT_LABELS_JOB,
  async handle(data, job) {
    const { batchId } = printLabelsJobSchema.parse(data);
    const lastRun = job.retryCount >= job.retryLimit;
    try {
      await makeLabelBatch({ batchId, lastRun });
    } catch (error) {
      if (lastRun)
        await failLabelBatch(
          batchId,
          job.id,
          `The labels could not be merged: ${(error as Error).message}`,
        );
      throw error;
    }
  },
});

import { db } from "@/lib/db";
import { endedJobs, type EndedJob } from "@/lib/jobs/ended-jobs";
import { PRINT_LABELS_JOB } from "@/lib/jobs/queue-names";
import { log } from "@/lib/observability/logger";

/**
 * Label batches still QUEUED whose labels-print job has ended without finishing them: its last
 * run expired, its worker died and the job was failed for good, or it could not even mark the
 * batch FAILED (the database was down), or the job was cancelled or is gone. The progress page
 * would poll for ever, so each becomes FAILED with the reason, and "Try again"
 * (retry-label-batch.ts) queues it afresh. Conditional on the batch's state and job, so a batch
 * finished meanwhile, or retried with a new job, is left alone.
 */
export async function failEndedLabelBatches(): Promise<{ failed: number }> {
  const queued = await db.labelBatch.findMany({
    where: { state: "QUEUED", jobId: { not: null } },
    select: { id: true, jobId: true },
  });
  const ended = await endedJobs(
    PRINT_LABELS_JOB,
    queued.map((batch) => batch.jobId!),
  );
  let failed = 0;
  for (const batch of queued) {
    const job = ended.get(batch.jobId!);
    if (!job) continue;
    const { count } = await db.labelBatch.updateMany({
      where: { id: batch.id, state: "QUEUED", jobId: batch.jobId },
      data: { state: "FAILED", failureReason: reasonOf(job), finishedAt: new Date() },
    });
    failed += count;
  }
  if (failed > 0) log.warn("label batches whose job ended unfinished failed", { failed });
  return { failed };
}

function reasonOf(job: EndedJob): string {
  const how = {
    completed: "finished without making the PDF",
    cancelled: "was cancelled",
    failed: "stopped on its last try",
    gone: "no longer exists",
  }[job.state];
  const error = job.error ? ` (${job.error.replace(/[.\s]+$/, "")})` : "";
  return `The labels could not be made: the print job ${how}${error}. Try again to make them; labels already fetched are kept.`.slice(
    0,
    1000,
  );
}

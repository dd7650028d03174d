import { db } from "@/lib/db";
import { endedJobs, type EndedJob } from "@/lib/jobs/ended-jobs";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { log } from "@/lib/observability/logger";

const CHUNK = 500;

/**
 * Bulk items still QUEUED whose booking job has ended without recording an outcome: its last run
 * expired or threw before it could (the database was down, say), or the job was cancelled or
 * deleted. Nothing else would ever record them, and the run page would poll forever, so each is
 * marked FAILED with the reason, for "retry failed" (which books through the same idempotent
 * booking, asking the courier first). The write is conditional on the item's attempt and job, so
 * a job that records late, or a retry queued meanwhile, wins. Run by the settle sweep.
 */
export async function failOrphanedBulkItems(): Promise<{ failed: number }> {
  const queued = await db.bulkBookingItem.findMany({
    where: { state: "QUEUED", jobId: { not: null } },
    select: { id: true, attempt: true, jobId: true },
  });
  let failed = 0;
  for (let i = 0; i < queued.length; i += CHUNK) {
    const chunk = queued.slice(i, i + CHUNK);
    const ended = await endedJobs(
      BOOK_SHIPMENT_JOB,
      chunk.map((item) => item.jobId!),
    );
    for (const item of chunk) {
      const job = ended.get(item.jobId!);
      if (!job) continue;
      const { count } = await db.bulkBookingItem.updateMany({
        where: { id: item.id, attempt: item.attempt, jobId: item.jobId, state: "QUEUED" },
        data: { state: "FAILED", reason: reasonOf(job), finishedAt: new Date() },
      });
      failed += count;
    }
  }
  if (failed > 0) log.warn("bulk booking items whose job ended unrecorded failed", { failed });
  return { failed };
}

function reasonOf(job: EndedJob): string {
  const ended = {
    completed: "finished without recording an outcome",
    cancelled: "was cancelled before recording an outcome",
    failed: "stopped before recording an outcome",
    gone: "no longer exists and recorded no outcome",
  }[job.state];
  const error = job.error ? ` (${job.error.replace(/[.\s]+$/, "")})` : "";
  return `Its booking job ${ended}${error}. Retry failed books it again; the booking asks the courier first, so it is never booked twice.`.slice(
    0,
    1000,
  );
}

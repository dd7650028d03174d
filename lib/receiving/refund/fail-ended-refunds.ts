import { db } from "@/lib/db";
import { endedJobs, type EndedJob } from "@/lib/jobs/ended-jobs";
import { ISSUE_REFUND_JOB } from "@/lib/jobs/queue-names";
import { log } from "@/lib/observability/logger";

/**
 * Refunds still PENDING or CALLING whose refund-issue job has ended without recording them: every
 * retry failed (Razorpay down for the hour the retries last), the job was cancelled or is gone.
 * Nothing else would ever settle them, and the order page would say "being issued" for ever, so
 * each becomes FAILED with the reason, for ops' "Try again" (retry-refund.ts). The write is
 * conditional on the refund's status and job, so a refund issued meanwhile, or retried with a new
 * job, is left alone. Razorpay may hold the refund already (its answer lost): the next run lists
 * the payment's refunds before calling, so "Try again" never refunds twice.
 */
export async function failEndedRefunds(): Promise<{ failed: number }> {
  const waiting = await db.refund.findMany({
    where: { status: { in: ["PENDING", "CALLING"] }, jobId: { not: null } },
    select: { id: true, jobId: true },
  });
  const ended = await endedJobs(
    ISSUE_REFUND_JOB,
    waiting.map((refund) => refund.jobId!),
  );
  let failed = 0;
  for (const refund of waiting) {
    const job = ended.get(refund.jobId!);
    if (!job) continue;
    const { count } = await db.refund.updateMany({
      where: { id: refund.id, status: { in: ["PENDING", "CALLING"] }, jobId: refund.jobId },
      data: { status: "FAILED", failureReason: reasonOf(job), claimToken: null },
    });
    failed += count;
  }
  if (failed > 0) log.warn("refunds whose job ended unrecorded failed", { failed });
  return { failed };
}

function reasonOf(job: EndedJob): string {
  const how = {
    completed: "finished without recording it",
    cancelled: "was cancelled",
    failed: "ran out of retries",
    gone: "no longer exists",
  }[job.state];
  const error = job.error ? ` (last error: ${job.error.replace(/[.\s]+$/, "")})` : "";
  return `The refund job ${how}${error}. Try again asks Razorpay for this refund first, so it is never refunded twice.`.slice(
    0,
    1000,
  );
}

import type PgBoss from "pg-boss";
import { db, type Tx } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { bossInTransaction } from "./boss-transaction";

/** One run of one job: pg-boss's retry_count numbers a job's runs, so it tells them apart. */
export interface Attempt {
  queue: string;
  jobId: string;
  attempt: number;
  workerId: string;
}

export type Outcome =
  /** the handler finished */
  | { kind: "complete" }
  /** the handler failed: the queue's retry settings decide what happens next */
  | { kind: "fail"; error: unknown }
  /** the run was cut short (its worker died or stopped): it runs again even without retries left */
  | { kind: "interrupted"; reason: string };

/**
 * Completes or fails one attempt of a job, in one transaction with the removal of its
 * RunningJob row, and only while it is still the job's active attempt: the job row is locked and
 * its state and retry_count checked first. So an attempt that expired, was reaped or was retried
 * meanwhile ("superseded") never completes or fails the run that replaced it, and two reapers
 * cannot both fail one job. pg-boss has no conditional complete, so the check reads pg-boss 10's
 * own job table; everything it changes goes through pg-boss's API (complete, fail, retry).
 */
export async function settleAttempt(
  boss: PgBoss,
  attempt: Attempt,
  outcome: Outcome,
): Promise<"settled" | "superseded"> {
  const { queue, jobId } = attempt;
  return db.$transaction(async (tx) => {
    await tx.runningJob.deleteMany({
      where: { jobId, workerId: attempt.workerId, attempt: attempt.attempt },
    });
    const [job] = await tx.$queryRaw<{ state: string; retryCount: number }[]>`
      SELECT state::text AS state, retry_count AS "retryCount" FROM pgboss.job
      WHERE name = ${queue} AND id = ${jobId}::uuid FOR UPDATE`;
    if (job?.state !== "active" || job.retryCount !== attempt.attempt) return "superseded";
    const via = { db: bossInTransaction(tx) };
    if (outcome.kind === "complete") {
      await boss.complete(queue, jobId, {}, via);
    } else if (outcome.kind === "fail") {
      await boss.fail(queue, jobId, failureOutput(outcome.error), via);
    } else {
      await boss.fail(queue, jobId, { message: outcome.reason }, via);
      await runAgainIfFailed(tx, boss, queue, jobId);
    }
    return "settled";
  });
}

/**
 * How many runs beyond its retries a job may lose to a dying worker before it is left failed: a
 * job that kills its worker every time (out of memory on a huge batch, say) would otherwise run
 * for ever, and the sweeps that settle ended jobs (lib/jobs/ended-jobs.ts) would never see it end.
 */
export const INTERRUPTED_RUNS_ALLOWED = 3;

/**
 * An interrupted run did not fail on its merits, so it must not end the job: one that pg-boss
 * failed for good (no retries left) is put back with pg-boss's `retry`, unless it has already
 * run INTERRUPTED_RUNS_ALLOWED times past its retries, or it is on a stately queue that already
 * holds a waiting retry of the same key (then that one runs instead: a stately queue keeps one,
 * which is also why pg-boss could not queue this one).
 */
async function runAgainIfFailed(tx: Tx, boss: PgBoss, queue: string, jobId: string) {
  const [job] = await tx.$queryRaw<
    { state: string; policy: string | null; key: string; runs: number; putBack: number }[]
  >`
    SELECT j.state::text AS state, j.policy, COALESCE(j.singleton_key, '') AS key,
           j.retry_count AS runs, j.retry_limit - COALESCE(q.retry_limit, 0) AS "putBack"
    FROM pgboss.job j LEFT JOIN pgboss.queue q ON q.name = j.name
    WHERE j.name = ${queue} AND j.id = ${jobId}::uuid`;
  if (job?.state !== "failed") return;
  // pg-boss's retry raises the job's retry_limit by one, so the excess over its queue's limit
  // counts the runs already put back after an interruption.
  if (job.putBack >= INTERRUPTED_RUNS_ALLOWED) {
    log.error("job left failed: its runs keep being interrupted", { queue, jobId, runs: job.runs });
    return;
  }
  if (job.policy === "stately") {
    const [waiting] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM pgboss.job
      WHERE name = ${queue} AND state = 'retry' AND COALESCE(singleton_key, '') = ${job.key}
      LIMIT 1`;
    if (waiting) return;
  }
  await boss.retry(queue, jobId, { db: bossInTransaction(tx) });
}

/** pg-boss stores an error as the failed run's output (serialised with its stack). */
function failureOutput(error: unknown): object {
  return typeof error === "object" && error !== null ? error : { message: String(error) };
}

import { setMaxListeners } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { pause } from "./pause";
import type { JobDefinition } from "./registry";
import { settleAttempt, type Attempt, type Outcome } from "./settle-attempt";

const POLL_MS = 2_000;

/**
 * Fetches and runs the jobs of every queue this worker serves, as many at a time per queue as
 * its concurrency (queue-settings.ts; one by default), and settles each run itself (settle-attempt.ts), awaited. pg-boss's own `work()` completes and
 * fails jobs without awaiting, so a database that is down at that moment left an unhandled
 * rejection and the job active until it expired. Here a run that cannot be settled keeps its
 * RunningJob row, and the reaper settles it once the database is back.
 */
export class JobRunner {
  private readonly running = new Map<string, Attempt>();
  /** runs the stop handed back while they still ran: their end is the stop's, not a failure */
  private readonly handedBack = new Set<string>();
  private readonly loops: Promise<void>[] = [];
  private readonly stopping = new AbortController();

  constructor(
    private readonly boss: PgBoss,
    private readonly workerId: string,
  ) {}

  /** True while this process runs that attempt (its RunningJob row is not an orphan). */
  isRunning(jobId: string, attempt: number): boolean {
    return this.running.get(jobId)?.attempt === attempt;
  }

  serve(definition: JobDefinition, concurrency = 1): void {
    this.loops.push(this.loop(definition, concurrency));
    // Each queue's loop waits on the one stop signal: that many listeners are expected.
    setMaxListeners(this.loops.length + 1, this.stopping.signal);
  }

  /**
   * Stops fetching, gives running jobs `graceMs` to finish, then settles the rest as interrupted
   * so they run again at once elsewhere (or here, after a restart) instead of waiting to expire.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopping.abort();
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(this.loops), grace]);
    for (const attempt of this.running.values()) {
      this.handedBack.add(attempt.jobId);
      await settleAttempt(this.boss, attempt, {
        kind: "interrupted",
        reason: "the worker stopped before the job finished",
      }).catch((error: unknown) => log.warn("could not hand a job back", { ...attempt, error }));
    }
  }

  private async loop(definition: JobDefinition, concurrency: number): Promise<void> {
    const signal = this.stopping.signal;
    const runs = new Set<Promise<void>>();
    while (!signal.aborted) {
      if (runs.size >= concurrency) {
        await Promise.race(runs);
        continue;
      }
      // pg-boss's fetch answers [] when the database cannot be reached: the loop just waits.
      const jobs = await this.boss.fetch<object>(definition.name, {
        batchSize: concurrency - runs.size,
        includeMetadata: true,
      });
      for (const job of jobs) {
        const run = this.run(definition, job).finally(() => runs.delete(run));
        runs.add(run);
      }
      // An empty queue is asked again after POLL_MS, or as soon as a run ends and frees a place
      // (stopping waits for the runs anyway, so only an idle loop listens for the stop signal).
      if (jobs.length === 0)
        await (runs.size === 0
          ? pause(POLL_MS, signal)
          : Promise.race([delay(POLL_MS, undefined, { ref: false }), ...runs]));
    }
    await Promise.all(runs);
  }

  private async run(definition: JobDefinition, job: PgBoss.JobWithMetadata<object>) {
    const attempt: Attempt = {
      queue: definition.name,
      jobId: job.id,
      attempt: job.retryCount,
      workerId: this.workerId,
    };
    this.running.set(job.id, attempt);
    try {
      const outcome = await this.attempt(definition, job, attempt);
      if (outcome.kind === "fail" && this.handedBack.has(job.id))
        log.info("job ended by the worker's stop; handed back to run again", { ...attempt });
      else if (outcome.kind === "fail")
        log.warn("job failed", { queue: definition.name, jobId: job.id, error: outcome.error });
      await settleAttempt(this.boss, attempt, outcome);
    } catch (error) {
      log.warn("could not settle a job; the reaper will once the database answers", {
        ...attempt,
        error,
      });
    } finally {
      this.running.delete(job.id);
    }
  }

  private async attempt(
    definition: JobDefinition,
    job: PgBoss.JobWithMetadata<object>,
    attempt: Attempt,
  ): Promise<Outcome> {
    try {
      // A row left by an earlier run of this job (expired, or not yet handed back) is superseded.
      await db.runningJob.upsert({
        where: { jobId: attempt.jobId },
        create: attempt,
        update: { ...attempt, startedAt: new Date() },
        select: { jobId: true },
      });
      // Past its expiry the run is failed and the loop moves on. The handler cannot be
      // cancelled and may still finish, but its attempt is settled already: it settles nothing.
      const expiry = Number(job.expireInSeconds); // pg returns the numeric as a string
      const finished = await withinSeconds(definition.handle(job.data, job), expiry);
      if (finished) return { kind: "complete" };
      const error = new Error(`did not finish within its expiry of ${expiry} s`);
      return { kind: "fail", error };
    } catch (error) {
      return { kind: "fail", error };
    }
  }
}

/** Resolves true when `work` finishes within `seconds`, false when the time runs out first. */
async function withinSeconds(work: Promise<void>, seconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>(
    (resolve) => (timer = setTimeout(resolve, seconds * 1000, false)),
  );
  work.catch(() => {}); // a rejection after the expiry has no one left to tell
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { settleAttempt, type Attempt } from "./settle-attempt";

/** A worker whose last beat is older than this is taken for dead: its running jobs run again. */
export const STALE_AFTER_SECONDS = 20;

// Heartbeat rows of workers gone this long, with nothing left running, are deleted.
const FORGET_AFTER_HOURS = 24;

export interface ReapOptions {
  boss: PgBoss;
  /** the reaping worker: its own rows count only once it no longer runs them */
  workerId: string;
  isRunningHere(jobId: string, attempt: number): boolean;
  staleAfterSeconds?: number;
}

/**
 * Hands the running jobs of workers that stopped beating back to the queue, and this worker's
 * own runs it could not settle while the database was unreachable: each is failed as
 * interrupted (settle-attempt.ts), so pg-boss runs it again after its retry delay instead of
 * leaving it active until it expires. Only a worker that has beaten for the whole stale window
 * itself may call this (beat-streak.ts). Returns the attempts handed back.
 */
export async function reapInterruptedJobs(options: ReapOptions): Promise<Attempt[]> {
  const stale = options.staleAfterSeconds ?? STALE_AFTER_SECONDS;
  const rows = await db.$queryRaw<Attempt[]>`
    SELECT r."jobId"::text AS "jobId", r.queue, r.attempt, r."workerId"
    FROM "RunningJob" r LEFT JOIN "WorkerHeartbeat" h ON h."workerId" = r."workerId"
    WHERE r."workerId" = ${options.workerId}
       OR h."aliveAt" IS NULL
       OR h."aliveAt" < now() - make_interval(secs => ${stale}::float8)`;
  const handedBack: Attempt[] = [];
  for (const attempt of rows) {
    const own = attempt.workerId === options.workerId;
    if (own && options.isRunningHere(attempt.jobId, attempt.attempt)) continue;
    const reason = own
      ? "its run could not be recorded while the database was unreachable"
      : `its worker ${attempt.workerId} stopped beating`;
    const result = await settleAttempt(options.boss, attempt, { kind: "interrupted", reason });
    if (result === "settled") {
      handedBack.push(attempt);
      log.warn("job handed back to the queue", { ...attempt, reason });
    }
  }
  await db.$executeRaw`
    DELETE FROM "WorkerHeartbeat" h
    WHERE h."aliveAt" < now() - make_interval(hours => ${FORGET_AFTER_HOURS}::int)
      AND NOT EXISTS (SELECT 1 FROM "RunningJob" r WHERE r."workerId" = h."workerId")`;
  return handedBack;
}

import { hostname } from "node:os";
import { db } from "@/lib/db";

export interface WorkerIdentity {
  workerId: string;
  startedAt: Date;
}

/** The cron heartbeat job's beat: the queue is being worked. /api/health reports its age. */
export async function beat(worker: WorkerIdentity): Promise<void> {
  const now = new Date();
  await db.workerHeartbeat.upsert({
    where: { workerId: worker.workerId },
    create: { ...row(worker), beatAt: now },
    update: { beatAt: now, pid: process.pid },
  });
}

/**
 * The worker process's own beat, every few seconds: it is alive. Written with the database's
 * clock, which is also the clock stale beats are judged by, so workers on hosts whose clocks
 * disagree do not reap each other. The first beat registers the worker.
 */
export async function beatAlive(worker: WorkerIdentity): Promise<void> {
  const { workerId, hostname: host, pid, startedAt } = row(worker);
  await db.$executeRaw`
    INSERT INTO "WorkerHeartbeat" ("workerId", hostname, pid, "beatAt", "aliveAt", "startedAt")
    VALUES (${workerId}, ${host}, ${pid}, now(), now(), ${startedAt})
    ON CONFLICT ("workerId") DO UPDATE SET "aliveAt" = now(), pid = EXCLUDED.pid`;
}

/** Seconds since this worker's last liveness beat, by the database's clock; null if none yet. */
export async function aliveAgeSeconds(workerId: string): Promise<number | null> {
  const rows = await db.$queryRaw<{ age: number }[]>`
    SELECT EXTRACT(EPOCH FROM now() - "aliveAt")::float8 AS age
    FROM "WorkerHeartbeat" WHERE "workerId" = ${workerId}`;
  return rows[0]?.age ?? null;
}

export async function latestBeat(): Promise<Date | null> {
  const row = await db.workerHeartbeat.findFirst({
    orderBy: { beatAt: "desc" },
    select: { beatAt: true },
  });
  return row?.beatAt ?? null;
}

function row(worker: WorkerIdentity) {
  return {
    workerId: worker.workerId,
    hostname: hostname(),
    pid: process.pid,
    startedAt: worker.startedAt,
  };
}

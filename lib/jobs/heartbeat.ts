import { hostname } from "node:os";
import { db } from "@/lib/db";

export const HEARTBEAT_JOB = "worker-heartbeat";

/** Records that a worker is alive; /api/health reports the age of the newest beat. */
export async function beat(workerId: string, startedAt: Date): Promise<void> {
  const now = new Date();
  await db.workerHeartbeat.upsert({
    where: { workerId },
    create: { workerId, hostname: hostname(), pid: process.pid, beatAt: now, startedAt },
    update: { beatAt: now, pid: process.pid },
  });
}

export async function latestBeat(): Promise<Date | null> {
  const row = await db.workerHeartbeat.findFirst({
    orderBy: { beatAt: "desc" },
    select: { beatAt: true },
  });
  return row?.beatAt ?? null;
}

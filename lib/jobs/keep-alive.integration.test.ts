import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBoss } from "./boss";
import { keepAlive } from "./keep-alive";
import { reapInterruptedJobs } from "./reap-interrupted-jobs";

// The liveness loop against a real database, fast: it beats every 20 ms here. A worker that has
// not yet beaten for the whole stale window hands nothing back, however dead the others look.
let boss: PgBoss;
beforeAll(async () => {
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
});
afterAll(() => boss.stop({ graceful: false, wait: true }));

async function deadWorkersJob(queue: string) {
  await boss.createQueue(queue, { name: queue, retryLimit: 1, retryDelay: 0 });
  await boss.send(queue, {});
  const [job] = await boss.fetch<object>(queue, { includeMetadata: true });
  await db.$executeRaw`
    INSERT INTO "WorkerHeartbeat" ("workerId", hostname, pid, "beatAt", "aliveAt", "startedAt")
    VALUES (${`dead-${queue}`}, 'test', 1, now(), now() - interval '1 hour', now())`;
  await db.runningJob.create({
    data: { jobId: job!.id, queue, attempt: 0, workerId: `dead-${queue}` },
  });
  return job!.id;
}

async function run(options: { queue: string; windowMs: number; beats: number }) {
  const worker = { workerId: `live-${options.queue}`, startedAt: new Date() };
  const stop = new AbortController();
  let reaps = 0;
  const loop = keepAlive({
    worker,
    signal: stop.signal,
    everyMs: 20,
    windowMs: options.windowMs,
    reap: () => {
      reaps++;
      return reapInterruptedJobs({ boss, workerId: worker.workerId, isRunningHere: () => false });
    },
  });
  // Wait for real beats, counted by how often aliveAt moved.
  const seen = new Set<number>();
  while (seen.size < options.beats) {
    const row = await db.workerHeartbeat.findUnique({
      where: { workerId: worker.workerId },
      select: { aliveAt: true },
    });
    if (row) seen.add(row.aliveAt.getTime());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  stop.abort();
  await loop;
  return reaps;
}

const state = async (id: string) =>
  (
    await db.$queryRaw<{ state: string }[]>`
      SELECT state::text AS state FROM pgboss.job WHERE id = ${id}::uuid`
  )[0]?.state;

describe("keepAlive", () => {
  it("hands back nothing until it has beaten for the whole stale window", async () => {
    const id = await deadWorkersJob("keep-alive-young");

    expect(await run({ queue: "keep-alive-young", windowMs: 3_600_000, beats: 5 })).toBe(0);

    expect(await state(id)).toBe("active");
    expect(await db.runningJob.count({ where: { jobId: id } })).toBe(1);
  });

  it("hands back a dead worker's job once it has", async () => {
    const id = await deadWorkersJob("keep-alive-old");

    expect(await run({ queue: "keep-alive-old", windowMs: 0, beats: 3 })).toBeGreaterThan(0);

    expect(await state(id)).toBe("retry");
    expect(await db.runningJob.count({ where: { jobId: id } })).toBe(0);
  });
});

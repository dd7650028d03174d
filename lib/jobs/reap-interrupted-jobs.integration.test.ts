import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBoss } from "./boss";
import { reapInterruptedJobs } from "./reap-interrupted-jobs";
import { INTERRUPTED_RUNS_ALLOWED } from "./settle-attempt";

// Real pg-boss queues in this file's own database: a "running" job here is one fetched (active)
// with a RunningJob row naming its worker, as the worker's runner leaves it.
let boss: PgBoss;
beforeAll(async () => {
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
});
afterAll(() => boss.stop({ graceful: false, wait: true }));

const ME = "reaper-worker";
let queues = 0;

async function queueOf(options: Partial<PgBoss.Queue> = {}): Promise<string> {
  const name = `reap-test-${++queues}`;
  await boss.createQueue(name, { name, retryLimit: 2, retryDelay: 0, ...options });
  return name;
}

async function workerBeat(workerId: string, secondsAgo: number) {
  await db.$executeRaw`
    INSERT INTO "WorkerHeartbeat" ("workerId", hostname, pid, "beatAt", "aliveAt", "startedAt")
    VALUES (${workerId}, 'test', 1, now(), now() - make_interval(secs => ${secondsAgo}::float8), now())
    ON CONFLICT ("workerId") DO UPDATE SET "aliveAt" = EXCLUDED."aliveAt"`;
}

/** Sends a job, fetches it (active) and records it as run by `workerId`, as the runner does. */
async function running(queue: string, workerId: string) {
  await boss.send(queue, {});
  const [job] = await boss.fetch<object>(queue, { includeMetadata: true });
  if (!job) throw new Error("no job to fetch");
  await db.runningJob.create({
    data: { jobId: job.id, queue, attempt: job.retryCount, workerId },
  });
  return job;
}

async function jobRow(queue: string, id: string) {
  const [row] = await db.$queryRaw<{ state: string; retryCount: number; output: unknown }[]>`
    SELECT state::text AS state, retry_count AS "retryCount", output FROM pgboss.job
    WHERE name = ${queue} AND id = ${id}::uuid`;
  return row;
}

const reap = (isRunningHere: (jobId: string) => boolean = () => false) =>
  reapInterruptedJobs({ boss, workerId: ME, isRunningHere });

describe("reapInterruptedJobs", () => {
  it("hands the job of a worker that stopped beating back to the queue, to run at once", async () => {
    const queue = await queueOf();
    await workerBeat("dead-worker", 60);
    const job = await running(queue, "dead-worker");

    const handedBack = await reap();

    expect(handedBack.map((a) => a.jobId)).toEqual([job.id]);
    expect(await jobRow(queue, job.id)).toMatchObject({
      state: "retry",
      output: { message: "its worker dead-worker stopped beating" },
    });
    expect(await db.runningJob.count({ where: { jobId: job.id } })).toBe(0);
    const [again] = await boss.fetch<object>(queue, { includeMetadata: true });
    expect(again).toMatchObject({ id: job.id, retryCount: 1 });
  });

  it("leaves the jobs of a worker that beats alone", async () => {
    const queue = await queueOf();
    await workerBeat("live-worker", 2);
    const job = await running(queue, "live-worker");

    expect(await reap()).toEqual([]);

    expect(await jobRow(queue, job.id)).toMatchObject({ state: "active", retryCount: 0 });
    expect(await db.runningJob.count({ where: { jobId: job.id } })).toBe(1);
  });

  it("runs an interrupted job again even when it had no retries left", async () => {
    const queue = await queueOf({ retryLimit: 0 });
    await workerBeat("dead-worker-2", 60);
    const job = await running(queue, "dead-worker-2");

    await reap();

    expect(await jobRow(queue, job.id)).toMatchObject({ state: "retry" });
    const [again] = await boss.fetch<object>(queue, { includeMetadata: true });
    expect(again?.id).toBe(job.id);
  });

  it("leaves failed a job whose runs keep dying with their worker, past its retries", async () => {
    const queue = await queueOf({ retryLimit: 1 });
    await boss.send(queue, {});
    let id = "";
    // Each run is fetched and its worker dies: the first runs come back, then the job ends.
    for (let run = 0; run <= 1 + INTERRUPTED_RUNS_ALLOWED; run++) {
      const worker = `dying-worker-${queue}-${run}`;
      await workerBeat(worker, 60);
      const [job] = await boss.fetch<object>(queue, { includeMetadata: true });
      expect(job).toMatchObject({ retryCount: run });
      id = job!.id;
      await db.runningJob.create({ data: { jobId: id, queue, attempt: run, workerId: worker } });
      await reap();
    }

    expect(await jobRow(queue, id)).toMatchObject({
      state: "failed",
      retryCount: 1 + INTERRUPTED_RUNS_ALLOWED,
    });
    expect(await boss.fetch(queue)).toEqual([]);
  });

  it("hands back this worker's own runs only once it no longer runs them", async () => {
    const queue = await queueOf();
    await workerBeat(ME, 0);
    const job = await running(queue, ME);

    expect(await reap((jobId) => jobId === job.id)).toEqual([]);
    expect(await jobRow(queue, job.id)).toMatchObject({ state: "active" });

    expect((await reap()).map((a) => a.jobId)).toEqual([job.id]);
    expect(await jobRow(queue, job.id)).toMatchObject({ state: "retry" });
  });

  it("never touches a later run of the job, only clears the stale row", async () => {
    const queue = await queueOf();
    await workerBeat("dead-worker-3", 60);
    const job = await running(queue, "dead-worker-3");
    // The job was failed and fetched again meanwhile (by expiry, say): retry_count 1 is running.
    await boss.fail(queue, job.id, { message: "expired" });
    const [rerun] = await boss.fetch<object>(queue, { includeMetadata: true });
    expect(rerun).toMatchObject({ id: job.id, retryCount: 1 });

    expect(await reap()).toEqual([]);

    expect(await jobRow(queue, job.id)).toMatchObject({ state: "active", retryCount: 1 });
    expect(await db.runningJob.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("hands a job back once when two workers reap at the same time", async () => {
    const queue = await queueOf();
    await workerBeat("dead-worker-4", 60);
    const job = await running(queue, "dead-worker-4");

    const [a, b] = await Promise.all([
      reapInterruptedJobs({ boss, workerId: "reaper-a", isRunningHere: () => false }),
      reapInterruptedJobs({ boss, workerId: "reaper-b", isRunningHere: () => false }),
    ]);

    expect(a.length + b.length).toBe(1);
    expect(await jobRow(queue, job.id)).toMatchObject({ state: "retry", retryCount: 0 });
  });

  it("on a stately queue, leaves an interrupted run failed when another already waits to run", async () => {
    const queue = await queueOf({ policy: "stately", retryLimit: 1, retryDelay: 3_600 });
    // One run failed on its own and waits an hour for its retry: the queue's retry slot is taken.
    const waiting = await running(queue, ME);
    await boss.fail(queue, waiting.id, { message: "courier down" });
    await db.runningJob.delete({ where: { jobId: waiting.id } });
    await workerBeat("dead-worker-5", 60);
    const interrupted = await running(queue, "dead-worker-5");

    expect(await reap()).toHaveLength(1);

    expect(await jobRow(queue, waiting.id)).toMatchObject({ state: "retry" });
    expect(await jobRow(queue, interrupted.id)).toMatchObject({ state: "failed" });
  });
});

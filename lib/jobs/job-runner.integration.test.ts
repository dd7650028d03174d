import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBoss } from "./boss";
import { JobRunner } from "./job-runner";
import type { JobDefinition } from "./registry";

// The worker's runner against real pg-boss queues: what a run leaves in pgboss.job and in
// RunningJob, counted after the fact. Each test serves its own queue with its own runner.
let boss: PgBoss;
beforeAll(async () => {
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
});
afterAll(() => boss.stop({ graceful: false, wait: true }));

let queues = 0;
const runners: JobRunner[] = [];
afterAll(() => Promise.all(runners.map((r) => r.stop(0))));

async function serve(
  handle: JobDefinition["handle"],
  options: Partial<PgBoss.Queue> = {},
  concurrency = 1,
) {
  const name = `runner-test-${++queues}`;
  await boss.createQueue(name, { name, retryLimit: 1, retryDelay: 3_600, ...options });
  const runner = new JobRunner(boss, `runner-worker-${queues}`);
  runners.push(runner);
  runner.serve({ name, handle }, concurrency);
  return { name, runner };
}

const SETTLED = ["completed", "failed", "retry", "cancelled"];

async function settled(queue: string, id: string, states = SETTLED, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.$queryRaw<{ state: string; output: { message?: string } | null }[]>`
      SELECT state::text AS state, output FROM pgboss.job WHERE name = ${queue} AND id = ${id}::uuid`;
    if (row && states.includes(row.state)) return row;
    if (Date.now() > deadline)
      throw new Error(`job ${id} still ${row?.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("JobRunner", () => {
  it("records the run while it lasts and completes the job", async () => {
    const rowsDuringRun: { workerId: string; attempt: number }[] = [];
    const { name } = await serve(async (_data, job) => {
      rowsDuringRun.push(
        ...(await db.runningJob.findMany({
          where: { jobId: job.id },
          select: { workerId: true, attempt: true },
        })),
      );
    });
    const id = (await boss.send(name, {}))!;

    expect(await settled(name, id)).toMatchObject({ state: "completed" });
    expect(rowsDuringRun).toEqual([
      { workerId: expect.stringMatching(/^runner-worker-/), attempt: 0 },
    ]);
    expect(await db.runningJob.count({ where: { jobId: id } })).toBe(0);
  });

  it("fails a job whose handler throws, by the queue's retry settings", async () => {
    const { name } = await serve(async () => {
      throw new Error("courier said no");
    });
    const id = (await boss.send(name, {}))!;

    expect(await settled(name, id)).toMatchObject({
      state: "retry",
      output: { message: "courier said no" },
    });
    expect(await db.runningJob.count({ where: { jobId: id } })).toBe(0);
  });

  it("runs as many jobs of a queue at once as its concurrency, and no more", async () => {
    let running = 0;
    let most = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { name } = await serve(
      async () => {
        most = Math.max(most, ++running);
        await gate;
        running--;
      },
      {},
      3,
    );
    const ids = await Promise.all(
      Array.from({ length: 7 }, async () => (await boss.send(name, {}))!),
    );
    while (running < 3) await new Promise((resolve) => setTimeout(resolve, 50));

    const [held] = await db.$queryRaw<{ active: number }[]>`
      SELECT count(*)::int AS active FROM pgboss.job WHERE name = ${name} AND state = 'active'`;
    expect(held?.active).toBe(3);
    release();
    for (const id of ids) expect(await settled(name, id)).toMatchObject({ state: "completed" });
    expect(most).toBe(3);
    expect(await db.runningJob.count({ where: { queue: name } })).toBe(0);
  });

  it("fails a run that outlives its expiry and goes on with the next job", async () => {
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const { name } = await serve(
      async () => {
        if (++runs === 1) await hung;
      },
      { expireInSeconds: 1 },
    );
    const first = (await boss.send(name, {}))!;
    const second = (await boss.send(name, {}))!;

    expect(await settled(name, first)).toMatchObject({
      state: "retry",
      output: { message: "did not finish within its expiry of 1 s" },
    });
    expect(await settled(name, second)).toMatchObject({ state: "completed" });
    release();
  });

  it("takes over the RunningJob row an earlier run of the job left behind", async () => {
    const name = `runner-test-${++queues}`;
    await boss.createQueue(name, { name, retryLimit: 1, retryDelay: 0 });
    const id = (await boss.send(name, {}))!;
    // Its first run's worker vanished before its row was cleaned up; pg-boss expired the run.
    await boss.fetch(name);
    await db.runningJob.create({ data: { jobId: id, queue: name, attempt: 0, workerId: "gone" } });
    await boss.fail(name, id, { message: "expired" });
    const runner = new JobRunner(boss, "runner-worker-takeover");
    runners.push(runner);
    runner.serve({ name, handle: async () => {} });

    expect(await settled(name, id, ["completed", "failed"])).toMatchObject({ state: "completed" });
    expect(await db.runningJob.count({ where: { jobId: id } })).toBe(0);
  });

  it("hands a run that is still going back to the queue when the worker stops", async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const { name, runner } = await serve(
      async () => {
        started();
        await new Promise(() => {}); // works until the process ends
      },
      { retryLimit: 0 },
    );
    const id = (await boss.send(name, {}))!;
    await running;

    await runner.stop(100);

    expect(await settled(name, id)).toMatchObject({
      state: "retry",
      output: { message: "the worker stopped before the job finished" },
    });
    expect(await db.runningJob.count({ where: { jobId: id } })).toBe(0);
  });
});

import type PgBoss from "pg-boss";
import type { NextRequest } from "next/server";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postBatch } from "@/app/api/label-batches/route";
import { POST as postRetry } from "@/app/api/label-batches/[id]/retry/route";
import { db } from "@/lib/db";
import { createBoss } from "@/lib/jobs/boss";
import { JobRunner } from "@/lib/jobs/job-runner";
import { PRINT_LABELS_JOB } from "@/lib/jobs/queue-names";
import { queueSettings } from "@/lib/jobs/queue-settings";
import type { JobDefinition } from "@/lib/jobs/registry";
import {
  createOrderWithBooking,
  createSandboxCourierAccount,
} from "@/lib/testing/courier-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { startSandbox } from "@/lib/testing/start-sandbox";
import { failLabelBatch } from "./make-label-batch";
import type { LabelBatchView } from "./label-batch-view";
import { printLabelsJob } from "./print-labels-job";
import { sweepLabelBatchesJob } from "./sweep-label-batches-job";

// A label batch whose print job ended without finishing it (its last run's worker died, the job
// was cancelled) would poll "Merging…" for ever. The jobs live in pg-boss's real tables and end
// through pg-boss's own API; the sweep job is what notices, and "Try again" goes through the route.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let boss: PgBoss;
let cookie: string;

const sweep = () => sweepLabelBatchesJob.handle({}, {} as PgBoss.JobWithMetadata<object>);
const labelRequests = () =>
  sandbox.requests.filter((r) => /(\/label|packing_slip)$/.test(r)).length;

beforeAll(async () => {
  sandbox = await startSandbox();
  const user = await createUser("OPS");
  cookie = await sessionCookie({ id: user.id, role: "OPS" });
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
  await boss.createQueue(PRINT_LABELS_JOB, queueSettings(PRINT_LABELS_JOB));
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await sandbox.stop();
});

type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

async function post(handler: Handler, path: string, body?: object) {
  const req = pageRequest(path, { method: "POST", cookie, body });
  const res = await handler(req, { params: Promise.resolve({ id: path.split("/")[3] ?? "" }) });
  return { status: res.status, view: (await res.json()) as LabelBatchView };
}

const batchRow = (id: string) =>
  db.labelBatch.findUniqueOrThrow({
    where: { id },
    select: { state: true, failureReason: true, jobId: true, pageCount: true, pdf: true },
  });

describe("label batches whose print job ended unfinished", () => {
  it("are failed with the reason by the sweep, and Try again makes them once", async () => {
    const account = await createSandboxCourierAccount(sandbox.url, "DELHIVERY", {
      name: "Delhivery sweep",
    });
    const orders = [];
    for (let i = 0; i < 3; i++)
      orders.push(
        (await createOrderWithBooking({ courierAccountId: account.id, status: "SHIPPED" })).order,
      );
    const start = (orderIds: string[]) =>
      post(postBatch as Handler, "/api/label-batches", { orderIds, layout: "THERMAL_4X6" });
    const died = (await start(orders.map((o) => o.id))).view;
    const cancelled = (await start([orders[0]!.id])).view;
    const waiting = (await start([orders[1]!.id])).view;
    const jobOf = async (id: string) => (await batchRow(id)).jobId!;
    // The last try's worker died and the job was failed for good; another job was cancelled.
    const diedJob = await jobOf(died.id);
    await db.$executeRaw`UPDATE pgboss.job SET retry_limit = 0 WHERE id = ${diedJob}::uuid`;
    await boss.fail(PRINT_LABELS_JOB, diedJob, { message: "its worker stopped beating" });
    await boss.cancel(PRINT_LABELS_JOB, await jobOf(cancelled.id));

    await sweep();
    await sweep();

    expect(await batchRow(died.id)).toMatchObject({
      state: "FAILED",
      failureReason:
        "The labels could not be made: the print job stopped on its last try (its worker stopped beating). Try again to make them; labels already fetched are kept.",
    });
    expect((await batchRow(cancelled.id)).failureReason).toMatch(/the print job was cancelled\./);
    expect(await batchRow(waiting.id)).toMatchObject({ state: "QUEUED", failureReason: null });

    // Two clicks at once: one new job, the batch queued again.
    const jobsBefore = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = ${PRINT_LABELS_JOB} AND data->>'batchId' = ${died.id}`;
    const clicks = await Promise.all([
      post(postRetry as Handler, `/api/label-batches/${died.id}/retry`),
      post(postRetry as Handler, `/api/label-batches/${died.id}/retry`),
    ]);
    expect(clicks.map((c) => [c.status, c.view.state])).toEqual([
      [200, "QUEUED"],
      [200, "QUEUED"],
    ]);
    const jobsAfter = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE name = ${PRINT_LABELS_JOB} AND data->>'batchId' = ${died.id}`;
    expect(Number(jobsAfter[0]!.n) - Number(jobsBefore[0]!.n)).toBe(1);
    const requeued = await batchRow(died.id);
    expect(requeued).toMatchObject({ state: "QUEUED", failureReason: null });
    expect(requeued.jobId).not.toBe(diedJob);
    // The old job's late last run, or the sweep seeing the old job ended, fail nothing now.
    await failLabelBatch(died.id, diedJob, "late");
    await sweep();
    expect((await batchRow(died.id)).state).toBe("QUEUED");

    // The worker takes the new job and makes the PDF of all three labels.
    const before = labelRequests();
    const runner = new JobRunner(boss, "ended-label-batches-test");
    runner.serve(printLabelsJob as JobDefinition, 1);
    const deadline = Date.now() + 60_000;
    while ((await batchRow(died.id)).state === "QUEUED" && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    await runner.stop(0);
    const done = await batchRow(died.id);
    expect(done).toMatchObject({ state: "DONE", pageCount: 3, failureReason: null });
    expect((await PDFDocument.load(done.pdf!)).getPageCount()).toBe(3);
    expect(labelRequests() - before).toBe(3);

    // A batch that was made is not made again.
    const again = await post(postRetry as Handler, `/api/label-batches/${died.id}/retry`);
    expect(again.status).toBe(409);
  });
});

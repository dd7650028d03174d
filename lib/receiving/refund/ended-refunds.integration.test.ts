import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postRetry } from "@/app/api/refunds/[id]/retry/route";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { createBoss } from "@/lib/jobs/boss";
import { ISSUE_REFUND_JOB } from "@/lib/jobs/queue-names";
import { queueSettings } from "@/lib/jobs/queue-settings";
import { createFixtureUser } from "@/lib/orders/order-fixtures";
import { createParcelFixture, recordCapturedPayment } from "@/lib/testing/receiving-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { receiveParcel } from "../receive-parcel";
import { issueRefundJob } from "./issue-refund-job";
import { sweepRefundsJob } from "./sweep-refunds-job";

// A refund whose job ran out of retries would say "being issued" for ever. The jobs live in
// pg-boss's real tables and end through pg-boss's own API; the sandbox's Razorpay counts the
// refunds it really made, so "Try again" is seen to refund once, even after a lost answer.
let sandbox: RunningSandbox;
let boss: PgBoss;
let user: Caller;
let cookie: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.RAZORPAY_API_URL = sandbox.url;
  const row = await createFixtureUser("OPS");
  user = { id: row.id, name: row.name, email: "ops@test.in", role: "OPS", via: "session" };
  cookie = await sessionCookie({ id: row.id, role: "OPS" });
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
  await boss.createQueue(ISSUE_REFUND_JOB, queueSettings(ISSUE_REFUND_JOB));
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await sandbox.stop();
});

const sweep = () => sweepRefundsJob.handle({}, {} as PgBoss.JobWithMetadata<object>);
const runJob = (jobId: string, refundId: string) =>
  issueRefundJob.handle({ refundId }, { id: jobId } as PgBoss.JobWithMetadata<{
    refundId: string;
  }>);
const refundCalls = (paymentId: string) =>
  sandbox.requests.filter((r) => r === `POST /v1/payments/${paymentId}/refund`).length;
const refundJobs = async (refundId: string) =>
  (
    await db.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM pgboss.job
      WHERE name = ${ISSUE_REFUND_JOB} AND data->>'refundId' = ${refundId} ORDER BY created_on`
  ).map((job) => job.id);

async function tryAgain(refundId: string) {
  const path = `/api/refunds/${refundId}/retry`;
  const res = await postRetry(pageRequest(path, { method: "POST", cookie, body: {} }), {
    params: Promise.resolve({ id: refundId }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A prepaid return received whole: its refund is PENDING with a queued job. */
async function receivedPrepaidReturn() {
  const { order, shipment, items } = await createParcelFixture({
    shipmentStatus: "DELIVERED",
    direction: "REVERSE",
    orderStatus: "DELIVERED",
  });
  const paymentId = await recordCapturedPayment(order.id, 94_700);
  await control(sandbox.url, "/_control/razorpay/payments", { id: paymentId, amountPaise: 94_700 });
  await receiveParcel({
    shipmentId: shipment.id,
    lines: [
      { orderItemId: items[0]!.id, good: 2, damaged: 0, missing: 0 },
      { orderItemId: items[1]!.id, good: 1, damaged: 0, missing: 0 },
    ],
    user,
  });
  const refund = await db.refund.findFirstOrThrow({
    where: { orderId: order.id },
    select: { id: true, jobId: true },
  });
  expect(await refundJobs(refund.id)).toEqual([refund.jobId]);
  return { orderId: order.id, paymentId, refundId: refund.id, jobId: refund.jobId! };
}

const refundRow = (id: string) =>
  db.refund.findUniqueOrThrow({
    where: { id },
    select: { status: true, failureReason: true, jobId: true, providerRefundId: true },
  });

describe("a refund whose job ran out of retries", () => {
  it("is failed with the reason by the sweep, and Try again issues it once at Razorpay", async () => {
    const lost = await receivedPrepaidReturn();
    const waiting = await receivedPrepaidReturn();
    // Razorpay makes the refund but its answer is lost; then the job runs out of retries.
    await control(sandbox.url, "/_control/razorpay/lose-answers", { times: 1 });
    await expect(runJob(lost.jobId, lost.refundId)).rejects.toThrow(/504/);
    expect(refundCalls(lost.paymentId)).toBe(1);
    await db.$executeRaw`UPDATE pgboss.job SET retry_limit = 0 WHERE id = ${lost.jobId}::uuid`;
    await boss.fail(ISSUE_REFUND_JOB, lost.jobId, { message: "Razorpay answered 504" });

    await sweep();
    await sweep();

    expect(await refundRow(lost.refundId)).toMatchObject({
      status: "FAILED",
      failureReason:
        "The refund job ran out of retries (last error: Razorpay answered 504). Try again asks Razorpay for this refund first, so it is never refunded twice.",
    });
    expect(await refundRow(waiting.refundId)).toMatchObject({ status: "PENDING" });
    // a run of the old job that still comes back records nothing: its claim is gone
    expect(await runJob(lost.jobId, lost.refundId)).toBeUndefined();
    expect((await refundRow(lost.refundId)).status).toBe("FAILED");

    // Two clicks at once: one new job.
    const clicks = await Promise.all([tryAgain(lost.refundId), tryAgain(lost.refundId)]);
    expect(clicks).toEqual([
      { status: 200, body: { status: "PENDING" } },
      { status: 200, body: { status: "PENDING" } },
    ]);
    const jobs = await refundJobs(lost.refundId);
    expect(jobs).toHaveLength(2);
    expect((await refundRow(lost.refundId)).jobId).toBe(jobs[1]);
    await sweep(); // the old job has ended, but it is no longer the refund's
    expect((await refundRow(lost.refundId)).status).toBe("PENDING");

    // The new job finds Razorpay's refund by its key instead of refunding again.
    await runJob(jobs[1]!, lost.refundId);
    const issued = await refundRow(lost.refundId);
    expect(issued).toMatchObject({ status: "ISSUED", failureReason: null });
    expect(issued.providerRefundId).toMatch(/^rfnd_/);
    expect(refundCalls(lost.paymentId)).toBe(1);
    expect(
      await db.outboxEvent.count({ where: { type: "RefundIssued", aggregateId: lost.orderId } }),
    ).toBe(1);

    const again = await tryAgain(lost.refundId);
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(
      "This refund was issued already: there is nothing to try again.",
    );
    expect(await refundJobs(lost.refundId)).toHaveLength(2);
  });
});

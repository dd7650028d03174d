import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { planCustomerNotifications } from "@/lib/notify/customer/plan-customer-notifications";
import { createFixtureUser } from "@/lib/orders/order-fixtures";
import { createRazorpayRefund, RazorpayRefusal } from "@/lib/payments/razorpay-api";
import { createParcelFixture, recordCapturedPayment } from "@/lib/testing/receiving-fixtures";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { changedTables, tableFingerprints } from "@/lib/testing/table-fingerprints";
import { findReturningParcel } from "./find-returning-parcel";
import { receiveParcel } from "./receive-parcel";
import { issueRefundJob } from "./refund/issue-refund-job";

// Receiving against a real database and the sandbox's Razorpay refunds API: what a receipt
// leaves in the tables, and how many refund calls the sandbox really received.
let sandbox: RunningSandbox;
let user: Caller;
beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.RAZORPAY_API_URL = sandbox.url;
  const row = await createFixtureUser("OPS");
  user = { id: row.id, name: row.name, email: "ops@test.in", role: "OPS", via: "session" };
});
afterAll(() => sandbox.stop());

const refundCalls = (paymentId: string) =>
  sandbox.requests.filter((r) => r === `POST /v1/payments/${paymentId}/refund`).length;

/** The refund job the receipt queued, as pg-boss holds it: its id is the claim's token. */
async function queuedRefundJob(refundId: string) {
  const [job] = await db.$queryRaw<{ id: string; data: { refundId: string } }[]>`
    SELECT id::text AS id, data FROM pgboss.job
    WHERE name = 'refund-issue' AND data->>'refundId' = ${refundId}`;
  expect(job, "the receipt queued its refund job").toBeTruthy();
  return job!;
}

/** Both of the fixture's lines came back whole: two units of A, one of B. */
const allGood = (items: { id: string }[]) => [
  { orderItemId: items[0]!.id, good: 2, damaged: 0, missing: 0 },
  { orderItemId: items[1]!.id, good: 1, damaged: 0, missing: 0 },
];

const runJob = (job: { id: string; data: { refundId: string } }) =>
  issueRefundJob.handle(job.data, { id: job.id } as PgBoss.JobWithMetadata<{ refundId: string }>);

describe("receiving a parcel", () => {
  it("restocks a good line, writes off a damaged one and returns the RTO'd order with history", async () => {
    const { order, shipment, items } = await createParcelFixture({
      shipmentStatus: "RTO_DELIVERED",
      paymentMethod: "COD",
    });
    const parcel = await findReturningParcel({ code: shipment.awb! });
    expect(parcel.lines.map((l) => l.expected)).toEqual([2, 1]);

    const result = await receiveParcel({
      shipmentId: shipment.id,
      lines: [
        { orderItemId: items[0]!.id, good: 2, damaged: 0, missing: 0 },
        { orderItemId: items[1]!.id, good: 0, damaged: 1, missing: 0, note: "Box crushed" },
      ],
      user,
    });
    expect(result).toMatchObject({ restocked: 2, writtenOff: 1, missing: 0, refund: null });

    const tasks = await db.putBackTask.findMany({
      where: { orderId: order.id },
      select: { orderItemId: true, quantity: true, binLocation: true, status: true },
    });
    expect(tasks).toEqual([
      { orderItemId: items[0]!.id, quantity: 2, binLocation: "R-A-01", status: "OPEN" },
    ]);
    const lines = await db.receiptLine.findMany({
      where: { receiptId: result.receiptId, damaged: { gt: 0 } },
      select: { orderItemId: true, damaged: true, writeOffNote: true },
    });
    expect(lines).toEqual([{ orderItemId: items[1]!.id, damaged: 1, writeOffNote: "Box crushed" }]);
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: {
        status: true,
        statusHistory: { select: { fromStatus: true, toStatus: true, actorId: true } },
      },
    });
    expect(after.status).toBe("RETURNED");
    expect(after.statusHistory).toEqual([
      { fromStatus: "SHIPPED", toStatus: "RETURNED", actorId: user.id },
    ]);
    // an RTO'd COD parcel was never paid for: nothing is owed back
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("receives a parcel whose order the courier's RTO-delivered scan already returned", async () => {
    const { order, shipment, items } = await createParcelFixture({
      shipmentStatus: "RTO_DELIVERED",
      paymentMethod: "COD",
    });
    await db.order.update({ where: { id: order.id }, data: { status: "RETURNED" } });
    const result = await receiveParcel({ shipmentId: shipment.id, lines: allGood(items), user });
    expect(result.restocked).toBe(3);
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.putBackTask.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("records what is owed back on a returned COD order, and sends a prepaid one without a payment to ops", async () => {
    const cod = await createParcelFixture({
      shipmentStatus: "IN_TRANSIT",
      direction: "REVERSE",
      orderStatus: "DELIVERED",
      paymentMethod: "COD",
    });
    const owed = await receiveParcel({
      shipmentId: cod.shipment.id,
      lines: allGood(cod.items),
      user,
    });
    expect(owed.refund).toEqual({ status: "OWED", amountPaise: 94_700 });
    const unpaid = await createParcelFixture({ shipmentStatus: "RTO_INITIATED" });
    await receiveParcel({ shipmentId: unpaid.shipment.id, lines: allGood(unpaid.items), user });
    const rows = await db.refund.findMany({
      where: { orderId: { in: [cod.order.id, unpaid.order.id] } },
      select: { method: true, status: true, failureReason: true },
      orderBy: { method: "asc" },
    });
    expect(rows).toEqual([
      {
        method: "PREPAID",
        status: "FAILED",
        failureReason: expect.stringMatching(/^No captured Razorpay payment/),
      },
      { method: "COD", status: "OWED", failureReason: null },
    ]);
  });

  it("opens a courier claim for missing units at their price", async () => {
    const { shipment, items } = await createParcelFixture({
      shipmentStatus: "RTO_IN_TRANSIT",
      paymentMethod: "COD",
    });
    const result = await receiveParcel({
      shipmentId: shipment.id,
      lines: [
        { orderItemId: items[0]!.id, good: 1, damaged: 0, missing: 1 },
        { orderItemId: items[1]!.id, good: 1, damaged: 0, missing: 0 },
      ],
      user,
    });
    const claim = await db.courierClaim.findUniqueOrThrow({
      where: { receiptId: result.receiptId },
      select: { awb: true, amountPaise: true, units: true, status: true },
    });
    expect(claim).toEqual({ awb: shipment.awb, amountPaise: 19_900, units: 1, status: "OPEN" });
  });

  it("refunds a prepaid return exactly once under two concurrent completes and a retried job", async () => {
    const { order, shipment, items } = await createParcelFixture({
      shipmentStatus: "DELIVERED",
      direction: "REVERSE",
      orderStatus: "DELIVERED",
    });
    const paymentId = await recordCapturedPayment(order.id, 94_700);
    await control(sandbox.url, "/_control/razorpay/payments", {
      id: paymentId,
      amountPaise: 94_700,
    });
    const complete = () =>
      receiveParcel({
        shipmentId: shipment.id,
        lines: [
          { orderItemId: items[0]!.id, good: 2, damaged: 0, missing: 0 },
          { orderItemId: items[1]!.id, good: 1, damaged: 0, missing: 0 },
        ],
        user,
      });
    const outcomes = await Promise.allSettled([complete(), complete()]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/already received|a moment ago/);

    const refund = await db.refund.findFirstOrThrow({
      where: { orderId: order.id },
      select: { id: true, amountPaise: true },
    });
    expect(refund.amountPaise).toBe(94_700);
    const job = await queuedRefundJob(refund.id);
    // Razorpay makes the refund but its answer is lost: the job throws and is retried.
    await control(sandbox.url, "/_control/razorpay/lose-answers", { times: 1 });
    await expect(runJob(job)).rejects.toThrow(/504/);
    await runJob(job);
    await runJob(job);

    expect(refundCalls(paymentId)).toBe(1);
    expect(sandbox.requests).toContain(`GET /v1/payments/${paymentId}/refunds`);
    const issued = await db.refund.findUniqueOrThrow({
      where: { id: refund.id },
      select: { status: true, providerRefundId: true, attempts: true },
    });
    expect(issued).toMatchObject({ status: "ISSUED", attempts: 2 });
    expect(issued.providerRefundId).toMatch(/^rfnd_/);
    expect(
      await db.outboxEvent.count({ where: { type: "RefundIssued", aggregateId: order.id } }),
    ).toBe(1);
    const paid = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { paymentStatus: true },
    });
    expect(paid.paymentStatus).toBe("REFUNDED");

    // the customer is told once per channel, with the amount
    await planCustomerNotifications();
    await planCustomerNotifications();
    const told = await db.notification.findMany({
      where: { orderId: order.id, event: "REFUND_ISSUED" },
      select: { channel: true, body: true },
    });
    expect(told.length).toBeGreaterThan(0);
    expect(new Set(told.map((t) => t.channel)).size).toBe(told.length);
    for (const message of told) expect(message.body).toContain("Rs. 947.00");
  });

  it("refuses a refund larger than what is left of the payment, and never calls Razorpay", async () => {
    const { order, shipment, items } = await createParcelFixture({
      shipmentStatus: "RTO_DELIVERED",
    });
    // only ₹300 was captured for a ₹947 order
    const paymentId = await recordCapturedPayment(order.id, 30_000);
    await control(sandbox.url, "/_control/razorpay/payments", {
      id: paymentId,
      amountPaise: 30_000,
    });
    await receiveParcel({
      shipmentId: shipment.id,
      lines: allGood(items),
      user,
    });
    const refund = await db.refund.findFirstOrThrow({
      where: { orderId: order.id },
      select: { id: true },
    });
    await runJob(await queuedRefundJob(refund.id));
    const row = await db.refund.findUniqueOrThrow({
      where: { id: refund.id },
      select: { status: true, failureReason: true },
    });
    expect(row.status).toBe("FAILED");
    expect(row.failureReason).toBe(
      "A refund of Rs. 947.00 is more than the Rs. 300.00 left of the payment of Rs. 300.00 (Rs. 0.00 already refunded); nothing was refunded.",
    );
    expect(refundCalls(paymentId)).toBe(0);
    // and Razorpay itself refuses such a refund with its documented 400
    const asked = createRazorpayRefund({
      paymentId,
      amountPaise: 30_100,
      idempotencyKey: "test_over_refund",
      notes: {},
    });
    await expect(asked).rejects.toBeInstanceOf(RazorpayRefusal);
    await expect(asked).rejects.toThrow(
      "The refund amount provided is greater than amount captured",
    );
  });

  it("refuses the same parcel twice, an unknown AWB and a delivered parcel, changing nothing", async () => {
    const { shipment, items } = await createParcelFixture({
      shipmentStatus: "RTO_DELIVERED",
      paymentMethod: "COD",
    });
    const lines = allGood(items);
    await receiveParcel({ shipmentId: shipment.id, lines, user });
    const delivered = await createParcelFixture({
      shipmentStatus: "DELIVERED",
      orderStatus: "DELIVERED",
    });

    const before = await tableFingerprints();
    await expect(receiveParcel({ shipmentId: shipment.id, lines, user })).rejects.toThrow(
      /was already received on .*; a parcel is received once\./,
    );
    await expect(findReturningParcel({ code: shipment.awb! })).rejects.toThrow(/already received/);
    await expect(findReturningParcel({ code: "AWB-NOT-OURS" })).rejects.toThrow(
      'No parcel has the AWB or order number "AWB-NOT-OURS". Check the label and scan again.',
    );
    await expect(findReturningParcel({ code: delivered.order.number })).rejects.toThrow(
      /was delivered to the customer and no return of it is on its way; it is not coming back\./,
    );
    await expect(
      receiveParcel({ shipmentId: delivered.shipment.id, lines: [], user }),
    ).rejects.toThrow(/not coming back/);
    expect(changedTables(before, await tableFingerprints())).toEqual([]);
  });

  it("refuses lines that do not add up, with a sentence per line", async () => {
    const { shipment, items } = await createParcelFixture({
      shipmentStatus: "RTO_DELIVERED",
      paymentMethod: "COD",
    });
    const answer = receiveParcel({
      shipmentId: shipment.id,
      lines: [
        { orderItemId: items[0]!.id, good: 1, damaged: 0, missing: 0 },
        { orderItemId: items[1]!.id, good: 0, damaged: 1, missing: 0 },
      ],
      user,
    });
    await expect(answer).rejects.toMatchObject({
      fieldErrors: {
        "lines.0": [expect.stringContaining("but 2 units were expected")],
        "lines.1.note": [expect.stringContaining("say why the damaged units are written off")],
      },
    });
    expect(await db.receipt.count({ where: { shipmentId: shipment.id } })).toBe(0);
  });
});

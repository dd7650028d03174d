import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queue } from "@/lib/jobs/boss";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { postRazorpayWebhook, razorpayEventBody } from "@/lib/testing/razorpay-fixtures";
import { setRazorpayWebhookSecret } from "./set-razorpay-webhook-secret";

// A Razorpay event is applied once per X-Razorpay-Event-Id, whatever arrived before it (an
// unsigned copy of its body) and whatever body it comes with.
const SECRET = "dedupe-secret-0123";

beforeAll(() => setRazorpayWebhookSecret({ secret: SECRET, actorId: null }));
afterAll(async () => {
  const boss = await queue();
  await boss.stop({ graceful: false, wait: true });
});

const deliver = (body: string, eventId: string, signature?: string) =>
  postRazorpayWebhook(body, SECRET, {
    "x-razorpay-event-id": eventId,
    ...(signature ? { "x-razorpay-signature": signature } : {}),
  });
const captured = (paymentId: string, orderNumber: string, amount: number) =>
  razorpayEventBody("payment.captured", {
    id: paymentId,
    amount,
    status: "captured",
    notes: { packline_order_id: orderNumber },
  });

const eventRows = (eventId: string) =>
  db.webhookEvent.findMany({
    where: { provider: "razorpay", eventId },
    select: { status: true, signatureValid: true, attempts: true },
  });
const placed = (orderId: string) =>
  db.outboxEvent.count({ where: { type: "OrderPlaced", aggregateId: orderId } });

describe("Razorpay events are applied once per event id", () => {
  it("processes the genuine delivery after an unsigned copy of its body, then dedupes by id", async () => {
    const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 31900 });
    const body = captured("pay_DD1", order.number, 31900);
    // The forger's copy comes first, with the event id it guessed.
    expect((await deliver(body, "evt_DD1", "ab".repeat(32))).status).toBe(401);
    expect(await db.webhookRejection.count({ where: { provider: "razorpay" } })).toBe(1);
    expect(await eventRows("evt_DD1")).toEqual([]);

    expect(await deliver(body, "evt_DD1")).toEqual({
      status: 200,
      body: { ok: true, result: "processed" },
    });
    // Razorpay redelivers, re-serialised by a proxy: the event id says it is the same event.
    const again = await deliver(JSON.stringify(JSON.parse(body), null, 2), "evt_DD1");
    expect(again).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(await eventRows("evt_DD1")).toEqual([
      { status: "PROCESSED", signatureValid: true, attempts: 1 },
    ]);
    expect(await db.payment.count({ where: { providerPaymentId: "pay_DD1" } })).toBe(1);
    expect(await placed(order.id)).toBe(1);
  });

  it("applies one of two different bodies with the same event id, one after the other", async () => {
    const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 5000 });
    const first = await deliver(captured("pay_DD2a", order.number, 5000), "evt_DD2");
    const second = await deliver(captured("pay_DD2b", order.number, 5000), "evt_DD2");
    expect([first.body, second.body]).toEqual([
      { ok: true, result: "processed" },
      { ok: true, duplicate: true },
    ]);
    const payments = await db.payment.findMany({
      where: { providerPaymentId: { in: ["pay_DD2a", "pay_DD2b"] } },
      select: { providerPaymentId: true },
    });
    expect(payments).toEqual([{ providerPaymentId: "pay_DD2a" }]);
  });

  it("applies one of two different bodies with the same event id arriving together", async () => {
    for (let round = 0; round < 5; round++) {
      const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 7000 });
      const ids = [`pay_DD3_${round}a`, `pay_DD3_${round}b`];
      const answers = await Promise.all(
        ids.map((id) => deliver(captured(id, order.number, 7000), `evt_DD3_${round}`)),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(answers.filter((a) => a.body.result === "processed")).toHaveLength(1);
      expect(answers.filter((a) => a.body.duplicate === true)).toHaveLength(1);
      expect(await db.payment.count({ where: { providerPaymentId: { in: ids } } })).toBe(1);
      expect(await placed(order.id)).toBe(1);
      const rows = await eventRows(`evt_DD3_${round}`);
      expect(rows).toEqual([{ status: "PROCESSED", signatureValid: true, attempts: 1 }]);
    }
  });
});

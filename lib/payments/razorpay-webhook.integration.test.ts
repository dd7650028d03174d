import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/razorpay/route";
import { db } from "@/lib/db";
import { queue } from "@/lib/jobs/boss";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { postRazorpayWebhook, razorpayEventBody } from "@/lib/testing/razorpay-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { setRazorpayWebhookSecret } from "./set-razorpay-webhook-secret";

const SECRET = "123456";

beforeAll(() => setRazorpayWebhookSecret({ secret: SECRET, actorId: null }));
afterAll(async () => {
  const boss = await queue();
  await boss.stop({ graceful: false, wait: true });
});

const deliver = (body: string, headers: Record<string, string> = {}) =>
  postRazorpayWebhook(body, SECRET, headers);
const event = razorpayEventBody;

const placedEvents = (orderId: string) =>
  db.outboxEvent.count({ where: { type: "OrderPlaced", aggregateId: orderId } });

describe("POST /api/webhooks/razorpay", () => {
  it("accepts Razorpay's published test vector and rejects a bad signature with 401", async () => {
    // razorpay-node's published pair: this body with secret 123456 signs to 2fe04e22…3bbc.
    const body = '{"a":1,"b":2,"c":{"d":3}}';
    const sig = "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc";
    const ok = await deliver(body, {
      "x-razorpay-signature": sig,
      "x-razorpay-event-id": "evt_vec",
    });
    expect(ok.status).toBe(400); // genuine, but not an event: kept for inspection
    const bad = await deliver('{"a":1,"b":2,"c":{"d":4}}', { "x-razorpay-signature": sig });
    expect(bad.status).toBe(401);
    const rows = await db.webhookEvent.findMany({ select: { signatureValid: true, status: true } });
    expect(rows).toEqual([{ signatureValid: true, status: "FAILED" }]);
    expect(
      await db.webhookRejection.findMany({
        select: { provider: true, reason: true, bodyPrefix: true },
      }),
    ).toEqual([
      {
        provider: "razorpay",
        reason: "Signature mismatch",
        bodyPrefix: '{"a":1,"b":2,"c":{"d":4}}',
      },
    ]);
  });

  it("marks the order paid once, records the payment and ignores a redelivery", async () => {
    const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 49900 });
    const body = event("payment.captured", {
      id: "pay_A1",
      amount: 49900,
      status: "captured",
      order_id: "order_A1",
      notes: { packline_order_id: order.id },
    });
    const first = await deliver(body, { "x-razorpay-event-id": "evt_A1" });
    expect(first).toEqual({ status: 200, body: { ok: true, result: "processed" } });
    const again = await deliver(body, { "x-razorpay-event-id": "evt_A1" });
    expect(again.body.duplicate).toBe(true);
    // Same event id, body re-serialised by a proxy: still the same event.
    const reformatted = await deliver(JSON.stringify(JSON.parse(body), null, 2), {
      "x-razorpay-event-id": "evt_A1",
    });
    expect(reformatted.body.duplicate).toBe(true);
    const saved = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { paymentStatus: true, status: true, version: true },
    });
    expect(saved).toEqual({ paymentStatus: "PAID", status: "PLACED", version: order.version + 1 });
    expect(await db.payment.count({ where: { providerPaymentId: "pay_A1" } })).toBe(1);
    expect(await placedEvents(order.id)).toBe(1);
  });

  it("keeps the newest state when events arrive out of order", async () => {
    const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 19900 });
    const payment = { id: "pay_B1", amount: 19900, order_id: "order_B1" };
    const paid = event(
      "order.paid",
      { ...payment, status: "captured" },
      {
        id: "order_B1",
        amount: 19900,
        amount_paid: 19900,
        receipt: order.number,
      },
    );
    expect((await deliver(paid, { "x-razorpay-event-id": "evt_B3" })).status).toBe(200);
    // The earlier events arrive late: authorized, then captured (matched by the Razorpay order id).
    await deliver(event("payment.authorized", { ...payment, status: "authorized" }), {
      "x-razorpay-event-id": "evt_B1",
    });
    await deliver(event("payment.captured", { ...payment, status: "captured" }), {
      "x-razorpay-event-id": "evt_B2",
    });
    await deliver(event("payment.failed", { ...payment, status: "failed" }), {
      "x-razorpay-event-id": "evt_B0",
    });
    const stored = await db.payment.findFirstOrThrow({
      where: { providerPaymentId: "pay_B1" },
      select: { status: true, orderId: true },
    });
    expect(stored).toEqual({ status: "PAID", orderId: order.id });
    const saved = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { paymentStatus: true },
    });
    expect(saved.paymentStatus).toBe("PAID");
    expect(await placedEvents(order.id)).toBe(1);
  });

  it("records a payment for an unknown order and raises an incident", async () => {
    const body = event("payment.captured", {
      id: "pay_C1",
      amount: 1000,
      status: "captured",
      order_id: "order_unknown",
    });
    expect((await deliver(body, { "x-razorpay-event-id": "evt_C1" })).status).toBe(200);
    const payment = await db.payment.findFirstOrThrow({
      where: { providerPaymentId: "pay_C1" },
      select: { orderId: true, status: true },
    });
    expect(payment).toEqual({ orderId: null, status: "PAID" });
    const incident = await db.incident.findFirstOrThrow({
      where: { category: "PAYMENT", title: { contains: "pay_C1" } },
      select: { severity: true },
    });
    expect(incident.severity).toBe("HIGH");
  });

  it("queues the shipment booking when auto-booking is on, never twice", async () => {
    await db.featureFlag.upsert({
      where: { key: "feature.shipping.auto_book" },
      create: { key: "feature.shipping.auto_book", enabled: true, description: "test" },
      update: { enabled: true },
    });
    const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 19900 });
    const body = event("payment.captured", {
      id: "pay_D1",
      amount: 19900,
      status: "captured",
      notes: { packline_order_id: order.number },
    });
    await deliver(body, { "x-razorpay-event-id": "evt_D1" });
    await deliver(body, { "x-razorpay-event-id": "evt_D1" });
    const jobs = await db.$queryRaw<{ data: { orderId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'shipment-book'`;
    expect(jobs.map((j) => j.data.orderId)).toEqual([order.id]);
  });

  it("takes a payment the sandbox gateway signs and redelivers three times", async () => {
    // Packline's route behind a real HTTP listener, the sandbox posting to it like Razorpay.
    const app = createServer((req, res) => {
      let raw = "";
      req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      req.on("end", async () => {
        const headers = new Headers(req.headers as Record<string, string>);
        const reply = await POST(
          new NextRequest("http://localhost/api/webhooks/razorpay", {
            method: "POST",
            body: raw,
            headers,
          }),
          { params: Promise.resolve({}) },
        );
        res.writeHead(reply.status, { "content-type": "application/json" }).end(await reply.text());
      });
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    const sandbox = await startSandbox();
    try {
      const order = await createFixtureOrder({ paymentStatus: "PENDING", totalPaise: 25000 });
      const sent = (await control(sandbox.url, "/_control/razorpay/send", {
        url: `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/webhooks/razorpay`,
        secret: SECRET,
        event: "order.paid",
        amountPaise: 25000,
        orderRef: order.number,
        repeat: 3,
      })) as { answers: number[]; paymentId: string };
      expect(sent.answers).toEqual([200, 200, 200]);
      expect(await placedEvents(order.id)).toBe(1);
      expect(await db.payment.count({ where: { providerPaymentId: sent.paymentId } })).toBe(1);
      const stored = await db.webhookEvent.findMany({
        where: { rawBody: { contains: sent.paymentId } },
        select: { attempts: true, status: true },
      });
      expect(stored).toEqual([{ attempts: 2, status: "PROCESSED" }]);
    } finally {
      await sandbox.stop();
      await new Promise<void>((r) => app.close(() => r()));
    }
  });
});

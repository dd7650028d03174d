import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverOutbox, MAX_DELIVERY_ATTEMPTS } from "./deliver-outbox";
import { emitEvent } from "./emit-event";
import { fanOutEvents } from "./fan-out-events";
import { createSubscriber } from "./manage-subscribers";
import { verifyEventSignature } from "./sign-event";

// A real HTTP subscriber on loopback that records what it receives and can be "down".
const received: { id: string; type: string; signed: boolean; body: Record<string, unknown> }[] = [];
let answer = 200;
let server: Server;
let url: string;
const SECRET = "whsec_test_subscriber_secret";

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      if (answer === 200) {
        const body = JSON.parse(raw) as Record<string, unknown>;
        received.push({
          id: String(req.headers["x-packline-event-id"]),
          type: String(req.headers["x-packline-event-type"]),
          signed: verifyEventSignature(raw, req.headers["x-packline-signature"] as string, SECRET),
          body,
        });
      }
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "OutboxEvent", "EventSubscriber" CASCADE`;
  received.length = 0;
  answer = 200;
});

async function emit(n: number, type: "OrderPlaced" | "OrderShipped" = "OrderPlaced") {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < n; i++)
      await emitEvent(tx, {
        type,
        aggregateType: "Order",
        aggregateId: `order-${i}`,
        payload: { orderId: `order-${i}`, orderNumber: `PL-${i}` },
      });
  });
}

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("outbox delivery", () => {
  it("delivers each event once, signed, even with two workers racing", async () => {
    await createSubscriber({ name: "Analytics", url, eventTypes: [], secret: SECRET });
    await emit(25);
    await Promise.all([fanOutEvents(), fanOutEvents()]);
    await Promise.all([deliverOutbox(), deliverOutbox(), deliverOutbox()]);
    await deliverOutbox({ now: later(60) });
    expect(received).toHaveLength(25);
    expect(new Set(received.map((r) => r.id)).size).toBe(25);
    expect(received.every((r) => r.signed && r.type === "OrderPlaced")).toBe(true);
    expect(received[0]!.body).toMatchObject({
      type: "OrderPlaced",
      aggregateType: "Order",
      data: { orderNumber: expect.stringMatching(/^PL-/) },
      occurredAt: expect.any(String),
    });
    expect(await db.outboxDelivery.count({ where: { status: "DELIVERED" } })).toBe(25);
  });

  it("only sends the event types a subscriber asked for", async () => {
    await createSubscriber({
      name: "Shipping only",
      url,
      eventTypes: ["OrderShipped"],
      secret: SECRET,
    });
    await emit(2, "OrderPlaced");
    await emit(1, "OrderShipped");
    await fanOutEvents();
    await deliverOutbox();
    expect(received.map((r) => r.type)).toEqual(["OrderShipped"]);
  });

  it("retries with backoff while the subscriber is down, then delivers once", async () => {
    await createSubscriber({ name: "Flaky", url, eventTypes: [], secret: SECRET });
    await emit(1);
    await fanOutEvents();
    answer = 503;
    expect(await deliverOutbox()).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    const failed = await db.outboxDelivery.findFirstOrThrow({
      select: { status: true, attempts: true, nextAttemptAt: true, responseCode: true },
    });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, responseCode: 503 });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    // Not due yet: nothing is sent.
    expect(await deliverOutbox()).toEqual({ delivered: 0, retrying: 0, dead: 0 });
    expect(await deliverOutbox({ now: later(5) })).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    answer = 200;
    expect(await deliverOutbox({ now: later(60) })).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    expect(await deliverOutbox({ now: later(600) })).toEqual({
      delivered: 0,
      retrying: 0,
      dead: 0,
    });
    expect(received).toHaveLength(1);
  });

  it("gives up after the last attempt and marks the delivery dead", async () => {
    await createSubscriber({ name: "Gone", url, eventTypes: [], secret: SECRET });
    await emit(1);
    await fanOutEvents();
    answer = 500;
    for (let i = 1; i <= MAX_DELIVERY_ATTEMPTS; i++)
      await deliverOutbox({ now: later(i * 24 * 60) });
    const dead = await db.outboxDelivery.findFirstOrThrow({
      select: { status: true, attempts: true },
    });
    expect(dead).toEqual({ status: "DEAD", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(await deliverOutbox({ now: later(100_000) })).toEqual({
      delivered: 0,
      retrying: 0,
      dead: 0,
    });
  });
});

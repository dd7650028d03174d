import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/shiprocket/route";
import { db } from "@/lib/db";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { startWebhookForwarder } from "@/lib/testing/webhook-forwarder";
import { bookShipment } from "./book-shipment";
import { trackDueShipments } from "./track-due-shipments";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";

// Tracking ingestion end to end: the sandbox Shiprocket pushes its webhooks to a loopback
// server that hands each request, untouched, to the route handler; polling asks the same
// sandbox over HTTP. Only the database and the clock of `trackDueShipments` are ours.
const TOKEN = "sr-webhook-token";
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let forwarder: Awaited<ReturnType<typeof startWebhookForwarder>>;
let hookUrl = "";

async function callRoute(body: string, headers: Record<string, string>) {
  const req = new NextRequest("http://localhost/api/webhooks/shiprocket", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const res = await POST(req, { params: Promise.resolve({}) });
  // the worker applies what the route stored
  await drainCourierWebhooks();
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const sr = (path: string, body?: unknown) =>
  control(sandbox.url, `/_control/shiprocket${path}`, body);
const setHook = (url: string | null) => sr("/webhook", { url, token: TOKEN });
const advance = (awb: string, to: number) => sr("/advance", { awb, to });

beforeAll(async () => {
  sandbox = await startSandbox();
  forwarder = await startWebhookForwarder((_path, body, headers) => callRoute(body, headers));
  hookUrl = `${forwarder.url}/`;
  await setHook(hookUrl);
  await setUpShiprocketBooking(sandbox.url, {
    name: "Shiprocket tracking test",
    webhookSecret: TOKEN,
    pickupLocationName: null,
  });
});
afterAll(async () => {
  await forwarder.stop();
  await sandbox.stop();
});

/** A packed order booked with the sandbox Shiprocket: the order SHIPPED, the shipment BOOKED. */
async function bookedOrder() {
  const order = await createPackedOrder();
  const booked = await bookShipment({ orderId: order.id, actor: { label: "test" } });
  if (booked.outcome !== "BOOKED") throw new Error(`booking failed: ${JSON.stringify(booked)}`);
  return { orderId: order.id, awb: booked.awb! };
}

const shipmentOf = (awb: string) =>
  db.shipment.findUniqueOrThrow({
    where: { awb },
    select: { id: true, status: true, rawStatus: true, deliveredAt: true, lastTrackedAt: true },
  });
const orderOf = (id: string) =>
  db.order.findUniqueOrThrow({ where: { id }, select: { status: true, ndrOpen: true } });
const deliveries = async () =>
  (
    (await control(sandbox.url, "/_control/shiprocket/state", undefined, "GET")) as {
      deliveries: { body: string; status: number | null }[];
    }
  ).deliveries;

describe("Shiprocket tracking webhooks", () => {
  it("stores, verifies and applies each pushed scan, then delivers the order with history", async () => {
    const { orderId, awb } = await bookedOrder();
    await advance(awb, 18);
    expect(await shipmentOf(awb)).toMatchObject({ status: "IN_TRANSIT", rawStatus: "IN TRANSIT" });
    const pushed = (await deliveries()).filter((d) => d.body.includes(awb));
    expect(pushed.length).toBeGreaterThanOrEqual(5);
    expect(pushed.every((d) => d.status === 200)).toBe(true);
    const rows = await db.webhookEvent.findMany({
      where: { provider: "shiprocket", rawBody: { contains: awb } },
      select: { status: true, signatureValid: true, headers: true, error: true },
    });
    expect(rows).toHaveLength(pushed.length);
    // The AWB-assigned push can beat the booking's own commit: it is kept, ignored, and the
    // poll fills it in later. Every later push is applied.
    const notApplied = rows.filter((r) => r.status !== "PROCESSED");
    expect(notApplied.length).toBeLessThanOrEqual(1);
    for (const r of notApplied)
      expect(r).toMatchObject({ status: "IGNORED", error: `${awb}: no such shipment` });
    expect(rows.every((r) => r.signatureValid)).toBe(true);
    expect(JSON.stringify(rows[0]!.headers)).not.toContain(TOKEN);

    await advance(awb, 7);
    const shipment = await shipmentOf(awb);
    expect(shipment).toMatchObject({ status: "DELIVERED" });
    expect(shipment.deliveredAt).toBeInstanceOf(Date);
    expect(await orderOf(orderId)).toMatchObject({ status: "DELIVERED", ndrOpen: false });
    const history = await db.orderStatusHistory.findFirst({
      where: { orderId, toStatus: "DELIVERED" },
      select: { fromStatus: true, actorLabel: true, reason: true },
    });
    expect(history).toMatchObject({
      fromStatus: "SHIPPED",
      actorLabel: "courier:shiprocket (webhook)",
    });
    expect(history?.reason).toContain(awb);
    expect(
      await db.outboxEvent.count({ where: { type: "OrderDelivered", aggregateId: orderId } }),
    ).toBe(1);
  });

  it("answers a repeated delivery 200 without applying it again", async () => {
    const { awb } = await bookedOrder();
    await advance(awb, 42);
    const last = (await deliveries()).filter((d) => d.body.includes(awb)).at(-1)!;
    const events = await db.trackingEvent.count({ where: { shipment: { awb } } });
    const again = await callRoute(last.body, { "x-api-key": TOKEN });
    expect(again).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(await db.trackingEvent.count({ where: { shipment: { awb } } })).toBe(events);
    const row = await db.webhookEvent.findFirstOrThrow({
      where: { rawBody: last.body },
      select: { attempts: true, status: true },
    });
    expect(row).toEqual({ attempts: 1, status: "PROCESSED" });
    // A forged copy of that genuine body is refused and leaves the genuine row alone.
    expect((await callRoute(last.body, { "x-api-key": "guess" })).status).toBe(401);
    expect(
      await db.webhookEvent.findFirstOrThrow({
        where: { rawBody: last.body },
        select: { status: true },
      }),
    ).toEqual({ status: "PROCESSED" });
  });

  it("refuses a wrong token with 401 and records a rejection, not the delivery", async () => {
    const body = JSON.stringify({
      awb: "SR-FORGED-1",
      shipment_status: "DELIVERED",
      shipment_status_id: 7,
    });
    const res = await callRoute(body, { "x-api-key": "not-the-token" });
    expect(res.status).toBe(401);
    expect(await db.webhookEvent.count({ where: { rawBody: body } })).toBe(0);
    const row = await db.webhookRejection.findFirstOrThrow({
      where: { bodyPrefix: body },
      select: { provider: true, reason: true, headers: true, bodyBytes: true },
    });
    expect(row).toMatchObject({
      provider: "shiprocket",
      reason: "Token or signature does not match any active account",
      bodyBytes: body.length,
    });
    expect(row.headers).toMatchObject({ "x-api-key": "[redacted]" });
    expect(JSON.stringify(row.headers)).not.toContain("not-the-token");
    expect((await callRoute(`${body} `, {})).status).toBe(401);
  });

  it("answers a malformed body 400 and keeps it FAILED with the reason", async () => {
    for (const body of ["{not json", JSON.stringify({ shipment_status: "DELIVERED" })]) {
      const res = await callRoute(body, { "x-api-key": TOKEN });
      expect(res.status).toBe(400);
      const row = await db.webhookEvent.findFirstOrThrow({
        where: { rawBody: body },
        select: { status: true, signatureValid: true, error: true },
      });
      expect(row).toMatchObject({ status: "FAILED", signatureValid: true });
      expect(row.error).toMatch(/Shiprocket webhook body/);
    }
  });

  it("does not let a late scan regress the status, and keeps it as history", async () => {
    const { awb } = await bookedOrder();
    await advance(awb, 17);
    const late = JSON.stringify({
      awb,
      shipment_status: "IN TRANSIT",
      shipment_status_id: 18,
      current_timestamp: "01 01 2026 09:00:00",
    });
    expect((await callRoute(late, { "x-api-key": TOKEN })).status).toBe(200);
    expect(await shipmentOf(awb)).toMatchObject({ status: "OUT_FOR_DELIVERY" });
    expect(
      await db.trackingEvent.count({
        where: { shipment: { awb }, occurredAt: new Date("2026-01-01T03:30:00Z") },
      }),
    ).toBe(1);
  });

  it("opens the NDR flag on a failed attempt and leaves an RTO'd order for receiving", async () => {
    const { orderId, awb } = await bookedOrder();
    await sr("/scenario", { awb, scenario: "rto" });
    await advance(awb, 21);
    expect(await shipmentOf(awb)).toMatchObject({ status: "NDR" });
    // The dashboard's "first attempt" reads this instead of the history.
    const flag = await db.shipment.findFirstOrThrow({
      where: { awb },
      select: { hadFailedAttempt: true },
    });
    expect(flag.hadFailedAttempt).toBe(true);
    expect(await orderOf(orderId)).toMatchObject({ status: "SHIPPED", ndrOpen: true });
    await advance(awb, 10);
    expect(await shipmentOf(awb)).toMatchObject({ status: "RTO_DELIVERED" });
    // back at the warehouse's door, not yet checked: receiving returns the order
    expect(await orderOf(orderId)).toMatchObject({ status: "SHIPPED", ndrOpen: false });
    expect(await db.orderStatusHistory.count({ where: { orderId, toStatus: "RETURNED" } })).toBe(0);
  });

  it("stores an unknown courier status raw and reports it once", async () => {
    const { awb } = await bookedOrder();
    for (const minute of ["10", "11"]) {
      const body = JSON.stringify({
        awb,
        shipment_status: "PARCEL ABDUCTED BY ALIENS",
        shipment_status_id: 999,
        current_timestamp: `02 02 2026 10:${minute}:00`,
      });
      expect((await callRoute(body, { "x-api-key": TOKEN })).status).toBe(200);
    }
    const unknown = await db.trackingEvent.findMany({
      where: { shipment: { awb }, status: null },
      select: { rawStatus: true },
    });
    expect(unknown).toEqual([
      { rawStatus: "PARCEL ABDUCTED BY ALIENS" },
      { rawStatus: "PARCEL ABDUCTED BY ALIENS" },
    ]);
    expect(await shipmentOf(awb)).toMatchObject({ status: "BOOKED" });
    const incidents = await db.incident.findMany({
      where: { stage: "tracking-unknown-status" },
      select: { category: true, severity: true },
    });
    expect(incidents).toEqual([{ category: "DELIVERY", severity: "LOW" }]);
  });
});

describe("tracking poll", () => {
  it("applies polled scans and stores a scan seen by webhook and by poll once", async () => {
    const { awb } = await bookedOrder();
    await setHook(null);
    await advance(awb, 18);
    await setHook(hookUrl);
    expect(await shipmentOf(awb)).toMatchObject({ status: "BOOKED" });

    const first = await trackDueShipments({ staleAfterMs: 0, now: new Date(Date.now() + 1000) });
    expect(first.updated).toBeGreaterThanOrEqual(1);
    expect(await shipmentOf(awb)).toMatchObject({ status: "IN_TRANSIT" });
    const polled = await db.trackingEvent.count({ where: { shipment: { awb }, source: "poll" } });
    expect(polled).toBeGreaterThanOrEqual(5);

    await advance(awb, 17); // pushed by webhook
    await advance(awb, 7);
    const before = await db.trackingEvent.count({ where: { shipment: { awb } } });
    await trackDueShipments({ staleAfterMs: 0, now: new Date(Date.now() + 2000) });
    expect(await db.trackingEvent.count({ where: { shipment: { awb } } })).toBe(before);
    const ofd = await db.trackingEvent.findMany({
      where: { shipment: { awb }, status: "OUT_FOR_DELIVERY" },
      select: { source: true },
    });
    expect(ofd).toEqual([{ source: "webhook" }]);
    expect(await shipmentOf(awb)).toMatchObject({ status: "DELIVERED" });
  });

  it("backs off an AWB the courier does not know, without incidents", async () => {
    const { orderId } = await bookedOrder();
    const account = await db.courierAccount.findFirstOrThrow({ select: { id: true } });
    const ghost = await db.shipment.create({
      data: {
        orderId,
        courierAccountId: account.id,
        direction: "REVERSE",
        idempotencyKey: `${orderId}:ghost`,
        awb: "SR-NOT-AT-COURIER",
        status: "IN_TRANSIT",
      },
      select: { id: true },
    });
    const incidents = await db.incident.count();
    const now = new Date(Date.now() + 3000);
    await trackDueShipments({ staleAfterMs: 60_000, now });
    const after = await db.shipment.findUniqueOrThrow({
      where: { id: ghost.id },
      select: { status: true, trackMisses: true, lastTrackedAt: true, nextTrackAt: true },
    });
    expect(after).toMatchObject({ status: "IN_TRANSIT", trackMisses: 1, lastTrackedAt: now });
    expect(after.nextTrackAt!.getTime()).toBe(now.getTime() + 120_000);
    const again = await trackDueShipments({ staleAfterMs: 0, now: new Date(now.getTime() + 1000) });
    expect(again.notFound).toBe(0);
    expect(await db.incident.count()).toBe(incidents);
  });
});

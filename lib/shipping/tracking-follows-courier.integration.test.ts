import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as ekartPost } from "@/app/api/webhooks/ekart/route";
import { signEkartBody } from "@/lib/couriers/ekart/webhook";
import { trackingThroughAwb } from "@/lib/couriers/shiprocket/fixtures/tracking-samples";
import { trackingSchema, toTracking } from "@/lib/couriers/shiprocket/tracking";
import { trackingUpdate } from "@/lib/couriers/tracking-update";
import type { CurrentTrackingStatus } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import {
  createOrderWithBooking,
  createSandboxCourierAccount,
} from "@/lib/testing/courier-fixtures";
import { startSandbox } from "@/lib/testing/start-sandbox";
import { getPublicTracking } from "@/lib/tracking/get-public-tracking";
import { applyTrackingUpdate } from "./apply-tracking-update";
import { getShipmentTracking } from "./get-shipment-tracking";
import { shipmentRecreatedPush } from "@/lib/couriers/ekart/fixtures/documented-samples";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";

// The courier's current status drives the shipment; scans are history. Shiprocket answers are
// its published sample read by the real adapter; Ekart parcels are booked at the sandbox and
// their pushes go, signed, through the real webhook route.
const EKART_SECRET = "ekart-secret-9";
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let shiprocketId = "";
let ekartId = "";

beforeAll(async () => {
  sandbox = await startSandbox();
  shiprocketId = (
    await createSandboxCourierAccount(sandbox.url, "SHIPROCKET", { name: "SR", webhookSecret: "t" })
  ).id;
  ekartId = (
    await createSandboxCourierAccount(sandbox.url, "EKART", {
      name: "Ekart",
      webhookSecret: EKART_SECRET,
    })
  ).id;
});
afterAll(() => sandbox.stop());

let awbs = 0;
/** A SHIPPED order with a BOOKED Shiprocket shipment under a fresh AWB. */
async function shiprocketShipment(over: { awb?: string; expectedDeliveryAt?: Date } = {}) {
  const order = await createFixtureOrder({ status: "SHIPPED" });
  const awb = over.awb ?? `SRX${Date.now()}${++awbs}`;
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: shiprocketId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb,
      status: "BOOKED",
      bookedAt: new Date("2026-12-01T06:00:00Z"),
      expectedDeliveryAt: over.expectedDeliveryAt ?? null,
    },
    select: { id: true },
  });
  return { orderId: order.id, shipmentId: shipment.id, awb };
}

const shipment = (id: string) =>
  db.shipment.findUniqueOrThrow({
    where: { id },
    select: { status: true, statusAt: true, awb: true, rawStatus: true, orderId: true },
  });
const unknownIncidents = () =>
  db.incident.findMany({
    where: { stage: "tracking-unknown-status" },
    select: { id: true, occurrences: true, context: true, title: true },
  });

/** The published answer with every activity's Shiprocket code replaced by "NA". */
function publishedWithoutCodes() {
  const data = structuredClone(trackingThroughAwb.body);
  for (const a of data.tracking_data.shipment_track_activities)
    Object.assign(a, { "sr-status": "NA", "sr-status-label": "NA" });
  return trackingSchema.parse(data);
}

describe("a Shiprocket poll whose scans carry no codes", () => {
  it("moves the shipment by the courier's current status and opens no incident", async () => {
    const { orderId, shipmentId, awb } = await shiprocketShipment();
    const update = toTracking(awb, publishedWithoutCodes());
    expect(update.scans.every((s) => !s.statusCoded && s.status === null)).toBe(true);
    const before = new Date();
    const result = await applyTrackingUpdate({ courier: "SHIPROCKET", update, source: "poll" });
    expect(result).toMatchObject({ found: true, inserted: 8, from: "BOOKED", status: "DELIVERED" });

    const after = await shipment(shipmentId);
    expect(after).toMatchObject({ status: "DELIVERED", rawStatus: "Delivered" });
    // No scan agrees with "Delivered": the status is set at the time of the answer...
    expect(after.statusAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    // ...and that time is never stored as a scan: the history is the courier's eight activities.
    const events = await db.trackingEvent.findMany({
      where: { shipmentId },
      select: { statusCoded: true, status: true, occurredAt: true },
    });
    expect(events).toHaveLength(8);
    expect(events.every((e) => !e.statusCoded && e.status === null)).toBe(true);
    expect(events.every((e) => e.occurredAt < new Date("2023-01-01"))).toBe(true);
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: "DELIVERED",
    });
    expect(await unknownIncidents()).toEqual([]);

    // The next poll gives the same answer: nothing new stored, still no incident.
    const again = await applyTrackingUpdate({ courier: "SHIPROCKET", update, source: "poll" });
    expect(again).toMatchObject({ inserted: 0, status: "DELIVERED" });
    expect(await unknownIncidents()).toEqual([]);
  });

  it("applies the published answer at the time of its Delivered activity", async () => {
    const { shipmentId, awb } = await shiprocketShipment();
    const update = toTracking(awb, trackingSchema.parse(trackingThroughAwb.body));
    await applyTrackingUpdate({ courier: "SHIPROCKET", update, source: "poll" });
    expect(await shipment(shipmentId)).toMatchObject({
      status: "DELIVERED",
      statusAt: new Date("2022-07-19T06:07:00Z"),
    });
    const uncoded = await db.trackingEvent.findMany({
      where: { shipmentId, statusCoded: false },
      select: { rawStatus: true },
    });
    expect(uncoded).toEqual([{ rawStatus: "Pending Manifest Data Received" }]);
    expect(await unknownIncidents()).toEqual([]);
  });
});

async function ekartPush(body: Record<string, unknown>) {
  const raw = JSON.stringify(body);
  const req = new NextRequest("http://localhost/api/webhooks/ekart", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-ekart-signature": signEkartBody(raw, EKART_SECRET),
    },
    body: raw,
  });
  const res = await ekartPost(req, { params: Promise.resolve({}) });
  // the worker applies what the route stored
  await drainCourierWebhooks();
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("an Ekart re-creation", () => {
  it("keeps the parcel, its order and its history under the new tracking id", async () => {
    const { order, awb: oldAwb } = await createOrderWithBooking({
      courierAccountId: ekartId,
      status: "SHIPPED",
    });
    // what Ekart's create answer gave as barcodes.order, kept at booking
    const { id: shipmentId } = await db.shipment.update({
      where: { awb: oldAwb },
      data: { courierOrderRef: `ORD-${oldAwb}` },
      select: { id: true },
    });
    const t0 = Date.now() - 10 * 60_000;
    const picked = { id: oldAwb, status: "Picked Up", ctime: t0, location: "Gurugram_Hub" };
    expect((await ekartPush(picked)).status).toBe(200);
    const history = () => db.orderStatusHistory.count({ where: { orderId: order.id } });
    const historyBefore = await history();

    const newAwb = `${oldAwb}R`;
    // Ekart's published shipment_recreated body: the new id and the order, not the old id
    const recreation = {
      ...shipmentRecreatedPush,
      id: newAwb,
      orderNumber: `ORD-${oldAwb}`,
    };
    expect(await ekartPush(recreation)).toEqual({
      status: 200,
      body: { ok: true, result: "stored" },
    });
    const stored = await db.webhookEvent.findFirstOrThrow({
      where: { provider: "ekart", status: "PROCESSED" },
      orderBy: { receivedAt: "desc" },
      select: { error: true },
    });
    expect(stored.error).toBe(`${newAwb} (re-created, was ${oldAwb}): PICKED_UP → PICKED_UP`);

    // A scan on the new tracking id moves the same shipment...
    const onNew = {
      id: newAwb,
      status: "In Transit",
      ctime: Date.now(),
      location: "Vizag_DeliveryHub",
    };
    expect(await ekartPush(onNew)).toEqual({
      status: 200,
      body: { ok: true, result: "stored" },
    });
    // ...a late push of an earlier scan of the old one joins the history...
    const late = {
      id: oldAwb,
      status: "In Transit",
      ctime: t0 + 60_000,
      location: "Bhiwandi_MotherHub",
    };
    expect((await ekartPush(late)).status).toBe(200);
    // ...and the old one's cancellation after the re-creation is kept for ops, moving nothing.
    const cancelled = { id: oldAwb, status: "Cancelled", ctime: Date.now(), desc: "Re-created" };
    expect((await ekartPush(cancelled)).status).toBe(200);

    expect(await shipment(shipmentId)).toMatchObject({
      status: "IN_TRANSIT",
      awb: newAwb,
      orderId: order.id,
    });
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(1);
    const events = await db.trackingEvent.findMany({
      where: { shipmentId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, rawStatus: true },
    });
    expect(events).toEqual([
      { kind: "SCAN", rawStatus: "Picked Up" },
      { kind: "RECREATED", rawStatus: `Re-created under new tracking id ${newAwb}` },
      { kind: "SCAN", rawStatus: "In Transit" },
      { kind: "SCAN", rawStatus: "In Transit" },
      { kind: "OLD_AWB_SCAN", rawStatus: "Cancelled" },
    ]);
    expect(
      await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } }),
    ).toEqual({
      status: "SHIPPED",
    });
    expect(await history()).toBe(historyBefore);

    // The same re-creation told again changes nothing; the customer finds the parcel by either id.
    const again = trackingUpdate(newAwb, { courierOrderRef: recreation.orderNumber });
    await applyTrackingUpdate({ courier: "EKART", update: again, source: "poll" });
    expect(
      await db.shipmentAwbAlias.findMany({
        where: { shipmentId },
        select: { awb: true, replacedBy: true },
      }),
    ).toEqual([{ awb: oldAwb, replacedBy: newAwb }]);
    expect(await db.trackingEvent.count({ where: { shipmentId, kind: "RECREATED" } })).toBe(1);
    const seen = await getPublicTracking(oldAwb);
    expect(seen.awb).toBe(newAwb);
    expect(seen.events.map((e) => [e.title, e.place])).toEqual([
      ["In transit", "Vizag"],
      ["The courier gave your parcel a new tracking number", null],
      ["In transit", "Bhiwandi sorting hub"],
      ["Picked up by the courier", "Gurugram hub"],
    ]);
    expect((await getPublicTracking(newAwb)).awb).toBe(newAwb);
    // ops see the earlier AWB and what the courier said under it after the re-creation
    const ops = (await getShipmentTracking([shipmentId])).get(shipmentId);
    expect(ops?.previousAwbs.map((a) => a.awb)).toEqual([oldAwb]);
    expect(ops?.timeline[0]?.title).toBe("Shipment cancelled (earlier tracking number)");
  });
});

const unknownCurrent = (occurredAt: Date | null): CurrentTrackingStatus => ({
  status: null,
  rawStatus: "PARCEL ABDUCTED BY ALIENS",
  rawCode: "999",
  location: null,
  remarks: null,
  occurredAt,
});

describe("an unknown courier status", () => {
  it("is one incident per courier and raw status, counted across parcels, not re-opened by polls", async () => {
    const first = await shiprocketShipment();
    const second = await shiprocketShipment();
    const push = (awb: string, source: "poll" | "webhook") =>
      applyTrackingUpdate({
        courier: "SHIPROCKET",
        update: trackingUpdate(awb, {
          current: unknownCurrent(source === "poll" ? null : new Date()),
        }),
        source,
      });
    await push(first.awb, "webhook");
    await push(second.awb, "webhook");
    const [incident, ...more] = await unknownIncidents();
    expect(more).toEqual([]);
    expect(incident).toMatchObject({
      occurrences: 2,
      title:
        'SHIPROCKET sent a tracking status Packline does not know: "PARCEL ABDUCTED BY ALIENS"',
      context: {
        courier: "SHIPROCKET",
        rawCode: "999",
        lastAwb: second.awb,
        lastOrderId: second.orderId,
      },
    });
    expect(await shipment(first.shipmentId)).toMatchObject({
      status: "BOOKED",
      rawStatus: "PARCEL ABDUCTED BY ALIENS",
    });

    // Polls that keep answering the same status neither count it again nor, once ops resolved
    // the incident, open a new one.
    await push(first.awb, "poll");
    expect((await unknownIncidents())[0]!.occurrences).toBe(2);
    await db.incident.update({ where: { id: incident!.id }, data: { resolvedAt: new Date() } });
    await push(first.awb, "poll");
    await push(second.awb, "poll");
    expect(await unknownIncidents()).toHaveLength(1);
  });
});

describe("the delivery promise", () => {
  it("keeps the booking's promise and every change with when it changed", async () => {
    const promised = new Date("2026-12-08T12:30:00Z");
    const { shipmentId, awb } = await shiprocketShipment({ expectedDeliveryAt: promised });
    const later = new Date("2026-12-10T12:30:00Z");
    const tell = (expectedDeliveryAt: Date) =>
      applyTrackingUpdate({
        courier: "SHIPROCKET",
        update: trackingUpdate(awb, {
          expectedDeliveryAt,
          deliveryAttempts: 1,
          chargedWeightGrams: 500,
        }),
        source: "poll",
      });
    await tell(later);
    await tell(later);
    await tell(promised);
    const rows = await db.shipmentPromise.findMany({
      where: { shipmentId },
      orderBy: { recordedAt: "asc" },
      select: { expectedDeliveryAt: true, source: true, recordedAt: true },
    });
    expect(rows.map(({ expectedDeliveryAt, source }) => ({ expectedDeliveryAt, source }))).toEqual([
      { expectedDeliveryAt: promised, source: "booking" },
      { expectedDeliveryAt: later, source: "poll" },
      { expectedDeliveryAt: promised, source: "poll" },
    ]);
    expect(rows[0]!.recordedAt).toEqual(new Date("2026-12-01T06:00:00Z"));
    expect(
      await db.shipment.findUniqueOrThrow({
        where: { id: shipmentId },
        select: {
          expectedDeliveryAt: true,
          firstPromisedAt: true,
          deliveryAttempts: true,
          chargedWeightGrams: true,
        },
      }),
    ).toEqual({
      expectedDeliveryAt: promised,
      firstPromisedAt: promised,
      deliveryAttempts: 1,
      chargedWeightGrams: 500,
    });
  });

  it("is not moved back by a late copy of an older message", async () => {
    const { shipmentId, awb } = await shiprocketShipment();
    const said = (at: string, expectedDeliveryAt: Date) =>
      applyTrackingUpdate({
        courier: "SHIPROCKET",
        update: trackingUpdate(awb, {
          current: {
            status: "IN_TRANSIT",
            rawStatus: "IN TRANSIT",
            rawCode: "18",
            location: null,
            remarks: null,
            occurredAt: new Date(at),
          },
          expectedDeliveryAt,
        }),
        source: "webhook",
      });
    const moved = new Date("2026-12-11T12:30:00Z");
    await said("2026-12-06T10:00:00Z", moved);
    // redelivered: the push of an hour earlier, with the promise as it stood then
    await said("2026-12-06T09:00:00Z", new Date("2026-12-09T12:30:00Z"));
    expect(
      await db.shipment.findUniqueOrThrow({
        where: { id: shipmentId },
        select: { expectedDeliveryAt: true },
      }),
    ).toEqual({ expectedDeliveryAt: moved });
    const promises = await db.shipmentPromise.findMany({
      where: { shipmentId },
      select: { expectedDeliveryAt: true },
    });
    expect(promises.map((p) => p.expectedDeliveryAt)).toEqual([moved]);
  });
});

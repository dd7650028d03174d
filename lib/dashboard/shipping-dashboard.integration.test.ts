import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { foldCourierDayStats } from "./fold-courier-day-stats";
import { getCourierPerformance } from "./get-courier-performance";
import { getShippingHealth } from "./get-shipping-health";

// The dashboard's numbers against rows written straight to the database: each count and rate
// below is worked out by hand from the shipments this file creates.
const NOW = new Date("2026-03-20T06:30:00Z"); // 12:00 IST on 20 March
const at = (iso: string) => new Date(iso);
let delhivery: string;
let ekart: string;

async function shipment(
  courierAccountId: string | null,
  dropPincode: string,
  data: Partial<Prisma.ShipmentUncheckedCreateInput> & { promises?: string[]; ndrScan?: boolean },
) {
  const { promises = [], ndrScan, ...rest } = data;
  const order = await createFixtureOrder({ pincode: dropPincode });
  // As tracking leaves them: the promise held is the last; the first is kept once it changed.
  const row = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId,
      idempotencyKey: randomUUID(),
      expectedDeliveryAt: promises.length ? at(promises.at(-1)!) : null,
      firstPromisedAt: promises.length > 1 ? at(promises[0]!) : null,
      hadFailedAttempt: ndrScan ?? false,
      ...rest,
    },
    select: { id: true },
  });
  for (const [i, promise] of promises.entries())
    await db.shipmentPromise.create({
      data: {
        shipmentId: row.id,
        expectedDeliveryAt: at(promise),
        recordedAt: new Date(at("2026-03-01T00:00:00Z").getTime() + i * 60_000),
        source: i === 0 ? "booking" : "webhook",
      },
    });
  if (ndrScan)
    await db.trackingEvent.create({
      data: {
        shipmentId: row.id,
        status: "NDR",
        rawStatus: "Undelivered",
        occurredAt: at("2026-03-05T10:00:00Z"),
        source: "webhook",
        dedupeKey: randomUUID(),
      },
    });
  return row.id;
}

const account = (courier: "DELHIVERY" | "EKART") =>
  db.courierAccount
    .create({
      data: {
        courier,
        name: `${courier} dashboard`,
        baseUrl: "http://127.0.0.1:1",
        credentialsEncrypted: "unused",
        pickupPincode: "560001",
      },
      select: { id: true },
    })
    .then((a) => a.id);

beforeAll(async () => {
  delhivery = await account("DELHIVERY");
  ekart = await account("EKART");
  const booked = at("2026-03-02T05:00:00Z");
  // Delhivery within the city: on time by the first promise (10:00 IST on the 4th ≤ the 4th),
  // first attempt; delivered 2 days after booking, ₹60.
  await shipment(delhivery, "560103", {
    status: "DELIVERED",
    bookedAt: booked,
    deliveredAt: at("2026-03-04T04:30:00Z"),
    chargePaise: 6000,
    deliveryAttempts: 1,
    promises: ["2026-03-04T12:00:00Z"],
  });
  // Late against the first promise though the courier moved it later; second attempt by its
  // NDR scan (no attempt count); 4 days, ₹80.
  await shipment(delhivery, "560103", {
    status: "DELIVERED",
    bookedAt: booked,
    deliveredAt: at("2026-03-06T05:00:00Z"),
    chargePaise: 8000,
    promises: ["2026-03-04T12:00:00Z", "2026-03-07T12:00:00Z"],
    ndrScan: true,
  });
  // Returned to origin, ₹70: counts for RTO, not for on time.
  await shipment(delhivery, "560103", {
    status: "RTO_DELIVERED",
    bookedAt: booked,
    chargePaise: 7000,
  });
  // Ekart to Delhi (REST): delivered late after two attempts, no charge known.
  await shipment(ekart, "110001", {
    status: "DELIVERED",
    bookedAt: booked,
    deliveredAt: at("2026-03-09T05:00:00Z"),
    deliveryAttempts: 2,
    promises: ["2026-03-06T12:00:00Z"],
  });
  // Outside the period (booked in February), and a reverse pickup: neither counts.
  await shipment(delhivery, "560103", {
    status: "DELIVERED",
    bookedAt: at("2026-02-10T05:00:00Z"),
    deliveredAt: at("2026-02-12T05:00:00Z"),
  });
  await shipment(delhivery, "560103", {
    status: "DELIVERED",
    direction: "REVERSE",
    bookedAt: booked,
  });

  // What needs ops now.
  await shipment(null, "560001", { status: "FAILED", failureReason: "pincode not serviceable" });
  await shipment(delhivery, "560001", {
    status: "NDR",
    statusAt: at("2026-03-20T02:00:00Z"),
    bookedAt: booked,
  });
  await shipment(delhivery, "560001", {
    status: "NDR",
    statusAt: at("2026-03-18T12:00:00Z"),
    bookedAt: booked,
  });
  await shipment(delhivery, "560001", {
    status: "NDR",
    statusAt: at("2026-03-10T00:00:00Z"),
    bookedAt: booked,
  });
  await shipment(delhivery, "560001", { status: "BOOKED", bookedAt: at("2026-03-20T04:00:00Z") });
  await shipment(delhivery, "560001", {
    status: "PICKUP_SCHEDULED",
    bookedAt: at("2026-03-20T04:00:00Z"),
    pickupScheduledFor: at("2026-03-22T04:00:00Z"),
  });
  await shipment(ekart, "560001", {
    status: "IN_TRANSIT",
    bookedAt: at("2026-03-15T04:00:00Z"),
    expectedDeliveryAt: at("2026-03-19T12:00:00Z"),
  });
});

describe("getCourierPerformance", () => {
  it("rates each courier and zone over the parcels booked in the period", async () => {
    const { period, rows } = await getCourierPerformance({
      from: "2026-03-01",
      to: "2026-03-10",
      now: NOW,
    });
    expect(period).toEqual({ from: "2026-03-01", to: "2026-03-10" });
    expect(rows).toEqual([
      {
        courier: "DELHIVERY",
        zone: "CITY",
        // the three NDRs below were booked in the period too: shipments, not yet outcomes
        shipments: 6,
        delivered: 2,
        rto: 1,
        onTimePercent: 50,
        rtoPercent: 33.3,
        firstAttemptPercent: 50,
        averageDaysToDeliver: 3,
        costPerShipmentPaise: 7000,
      },
      {
        courier: "EKART",
        zone: "REST",
        shipments: 1,
        delivered: 1,
        rto: 0,
        onTimePercent: 0,
        rtoPercent: 0,
        firstAttemptPercent: 0,
        averageDaysToDeliver: 7,
        costPerShipmentPaise: null,
      },
    ]);
  });

  it("reads the same rates from the folded days as live, and a later change at once", async () => {
    const march = { from: "2026-03-01", to: "2026-03-10", now: NOW };
    const live = await getCourierPerformance(march);
    expect(await db.courierDayStatsStale.count()).toBeGreaterThan(0);
    expect(await foldCourierDayStats()).toBeGreaterThan(0);
    expect(await db.courierDayStatsStale.count()).toBe(0);
    expect(await foldCourierDayStats()).toBe(0);
    expect(await getCourierPerformance(march)).toEqual(live);

    // Ekart's parcel goes back to origin after all: its booking day is marked by the trigger,
    // read live beside the folded days, and folded again to the same figures.
    const ekartParcel = await db.shipment.findFirstOrThrow({
      where: { courierAccountId: ekart, status: "DELIVERED" },
      select: { id: true },
    });
    await db.shipment.update({
      where: { id: ekartParcel.id },
      data: { status: "RTO_DELIVERED", deliveredAt: null },
    });
    expect(
      await db.courierDayStatsStale.findMany({ select: { day: true }, distinct: ["day"] }),
    ).toEqual([{ day: new Date("2026-03-02T00:00:00Z") }]);
    const changed = await getCourierPerformance(march);
    expect(changed.rows.find((r) => r.courier === "EKART")).toMatchObject({
      delivered: 0,
      rto: 1,
      rtoPercent: 100,
    });
    expect(changed.rows.find((r) => r.courier === "DELHIVERY")).toEqual(live.rows[0]);
    await foldCourierDayStats();
    expect(await getCourierPerformance(march)).toEqual(changed);

    // A corrected drop pincode marks its parcels' booking days too.
    const order = await db.shipment.findUniqueOrThrow({
      where: { id: ekartParcel.id },
      select: { orderId: true },
    });
    await db.order.update({ where: { id: order.orderId }, data: { pincode: "110002" } });
    expect(await db.courierDayStatsStale.count()).toBeGreaterThan(0);
    await foldCourierDayStats();

    // The tracking poll's own bookkeeping moves no sum and marks nothing.
    await db.shipment.update({ where: { id: ekartParcel.id }, data: { trackMisses: 3 } });
    expect(await db.courierDayStatsStale.count()).toBe(0);

    await db.shipment.update({
      where: { id: ekartParcel.id },
      data: { status: "DELIVERED", deliveredAt: at("2026-03-09T05:00:00Z") },
    });
    await foldCourierDayStats();
  });

  it("defaults to the last 30 IST days and refuses a period that runs backwards", async () => {
    const { period } = await getCourierPerformance({ now: NOW });
    expect(period).toEqual({ from: "2026-02-19", to: "2026-03-20" });
    await expect(
      getCourierPerformance({ from: "2026-03-10", to: "2026-03-01", now: NOW }),
    ).rejects.toThrow(/start date must be on or before/);
  });
});

describe("getShippingHealth", () => {
  it("counts what needs ops today", async () => {
    const health = await getShippingHealth(NOW);
    expect(health.bookingsFailed).toBe(1);
    expect(health.ndrWaiting).toEqual({ underOneDay: 1, oneToTwoDays: 1, threeDaysOrMore: 1 });
    // the PICKUP_SCHEDULED one is for the 22nd
    expect(health.pickupsDueToday).toBe(1);
    expect(health.pastEdd).toBe(1);
    const count = (s: string) => health.byStatus.find((r) => r.status === s)?.count;
    expect(count("DELIVERED")).toBe(5);
    expect(count("NDR")).toBe(3);
  });

  it("draws bookings and deliveries per IST day over the last 30 days", async () => {
    const { trend } = await getShippingHealth(NOW);
    expect(trend).toHaveLength(30);
    expect(trend[0]!.day).toBe("2026-02-19");
    expect(trend.at(-1)).toEqual({ day: "2026-03-20", booked: 2, delivered: 0 });
    // five booked at 10:30 IST on 2 March, plus the reverse pickup and three NDRs
    expect(trend.find((t) => t.day === "2026-03-02")).toEqual({
      day: "2026-03-02",
      booked: 8,
      delivered: 0,
    });
    expect(trend.find((t) => t.day === "2026-03-04")).toMatchObject({ delivered: 1 });
    expect(trend.reduce((n, t) => n + t.delivered, 0)).toBe(3);
  });
});

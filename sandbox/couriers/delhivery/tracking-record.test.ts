import { describe, expect, it } from "vitest";
import * as docs from "@/lib/couriers/delhivery/fixtures/documented-samples";
import {
  trackingDelivered,
  trackingInTransit,
} from "@/lib/couriers/delhivery/fixtures/production-answers";
import { readTracking, shipmentSchema } from "@/lib/couriers/delhivery/tracking";
import { shapeOfSamples, shapeProblems } from "@/lib/testing/json-shape";
import { createDelhiveryModule, type DlParcel } from "./module";
import { scanPushBody, trackingRecord } from "./tracking-record";

function parcel(): DlParcel {
  return {
    waybill: "69450001000001",
    order: "PL-1001-F-1",
    pickupLocation: "Primary",
    paymentMode: "COD",
    codAmount: 998,
    totalAmount: 998,
    consignee: {
      name: "Asha Rao",
      add: "12 Beach Road",
      city: "Visakhapatnam",
      pin: "530017",
      state: "Andhra Pradesh",
      phone: "9812345670",
    },
    weightGrams: 750,
    box: null,
    createdAt: new Date(),
    promisedDay: "2026-12-10",
    slippedDays: 0,
    scans: [],
    step: "",
    attempts: 0,
    scenario: "ndr",
    reattempt: false,
    pickupRequested: true,
    ndrWaitTicks: 0,
  };
}

/** A forward parcel walked to delivery, its first attempt failing ("ndr" scenario). */
async function deliveredAfterFailedAttempt(): Promise<DlParcel> {
  const m = createDelhiveryModule();
  const p = parcel();
  await m.record(p, "manifested");
  while (p.step !== "delivered")
    if (!(await m.step(p, true))) throw new Error(`stuck at ${p.step}`);
  return p;
}

// The published samples never show a weighed parcel; Delhivery states ChargedWeight in grams.
const weighed = structuredClone(trackingDelivered.ShipmentData[0]!.Shipment) as Record<
  string,
  unknown
>;
weighed.ChargedWeight = 500;
const published = shapeOfSamples(
  trackingDelivered.ShipmentData[0]!.Shipment,
  trackingInTransit.ShipmentData[0]!.Shipment,
  weighed,
);

describe("sandbox Delhivery tracking answer", () => {
  it("walks a realistic delivered journey: tens of scans in Delhivery's vocabulary", async () => {
    const p = await deliveredAfterFailedAttempt();
    expect(p.scans.length).toBeGreaterThanOrEqual(20);
    expect(p.scans.map((s) => s.StatusCode)).toEqual(
      expect.arrayContaining(["X-UCI", "FMPUR-101", "X-PPOM", "X-PIOM", "X-DBL1F", "X-DLL2F"]),
    );
    expect(p.scans.map((s) => s.StatusCode).slice(-6)).toEqual([
      "X-DDD3FD",
      "ST-114",
      "EOD-11",
      "X-DDD3FD",
      "ST-114",
      "EOD-38",
    ]);
    const times = p.scans.map((s) => s.StatusDateTime);
    expect([...times].sort()).toEqual(times);
  });

  it("has every key and value kind of the published production answers, at every stage", async () => {
    const m = createDelhiveryModule();
    const p = parcel();
    await m.record(p, "manifested");
    const stages = [];
    while (p.step !== "delivered") {
      await m.step(p, true);
      if (p.scans.some((s) => s.StatusCode === "X-DBL1F")) stages.push(trackingRecord(p).Shipment);
    }
    expect(stages.length).toBe(6); // in transit … delivered, one record per step
    for (const record of stages) expect(shapeProblems(record, published)).toEqual([]);
  });

  it("reads back through the adapter: attempts, moved promise, charged weight, delivery", async () => {
    const p = await deliveredAfterFailedAttempt();
    const record = trackingRecord(p).Shipment;
    const t = readTracking(shipmentSchema.parse(record));
    expect(t.current).toMatchObject({ status: "DELIVERED", remarks: "Delivered to consignee" });
    expect(t.current?.occurredAt?.toISOString()).toBe(
      new Date(`${record.DeliveryDate}+05:30`).toISOString(),
    );
    expect(t.deliveryAttempts).toBe(2);
    expect(record.PromisedDeliveryDate).toBe("2026-12-10T23:59:59");
    expect(t.expectedDeliveryAt?.toISOString()).toBe("2026-12-11T18:29:59.000Z");
    expect(t.chargedWeightGrams).toBe(1000);
    expect(t.scans.filter((s) => s.status === null)).toEqual([]);
  });

  it("pushes scans of the documented webhook shape", async () => {
    const p = await deliveredAfterFailedAttempt();
    const shape = shapeOfSamples(docs.scanPush);
    for (const scan of p.scans) expect(shapeProblems(scanPushBody(p, scan), shape)).toEqual([]);
    expect(scanPushBody(p, p.scans.at(-1)!).Shipment.PickUpDate).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/,
    );
  });
});

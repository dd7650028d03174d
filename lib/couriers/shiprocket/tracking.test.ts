import { describe, expect, it } from "vitest";
import * as samples from "./fixtures/tracking-samples";
import { replayShiprocket } from "./fixtures/replay";
import { parseOrThrow } from "./parse";
import { toTracking, trackingSchema } from "./tracking";

const read = (awb: string, body: unknown) =>
  toTracking(awb, parseOrThrow(trackingSchema, body, "tracking"));
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

describe("Shiprocket tracking, published samples", () => {
  it("reads Get Tracking through AWB: the answer's status is current, scans are history", () => {
    const t = read("141123221084922", samples.trackingThroughAwb.body);
    // 11:37 IST is 06:07 UTC; the DELIVERED scan set the status, so it dates and places it.
    expect(t.current).toEqual({
      status: "DELIVERED",
      rawStatus: "Delivered",
      rawCode: "7",
      location: "MADANPALLI, Madanapalli, ANDHRA PRADESH",
      remarks: "Delivered",
      occurredAt: new Date("2022-07-19T06:07:00Z"),
    });
    expect(t.scans.map((s) => [s.status, s.statusCoded])).toEqual([
      [null, false],
      ["PICKUP_SCHEDULED", true],
      ["PICKED_UP", true],
      ["IN_TRANSIT", true],
      ["IN_TRANSIT", true],
      ["IN_TRANSIT", true],
      ["OUT_FOR_DELIVERY", true],
      ["DELIVERED", true],
    ]);
    // "sr-status": "NA": history only, told by its own words and the courier's code.
    expect(t.scans[0]).toEqual({
      status: null,
      statusCoded: false,
      rawStatus: "Pending Manifest Data Received",
      rawCode: "DRC",
      location: "RTO/CHD, BANGALORE, KARNATAKA",
      remarks: "Pending Manifest Data Received",
      occurredAt: new Date("2022-07-18T04:21:00Z"),
    });
    expect(t.scans[2]).toMatchObject({
      rawStatus: "PICKED UP",
      rawCode: "42",
      remarks: "PickDone",
    });
    // edd is null here, so the promise is Shiprocket's etd.
    expect(iso(t.expectedDeliveryAt)).toBe("2022-07-20T13:58:00.000Z");
    expect(t).toMatchObject({
      deliveryAttempts: null,
      chargedWeightGrams: null,
    });
  });

  it("reads the no-activity answer as nothing known, not as an error", () => {
    const t = read("111111111111", samples.trackingNoActivities.body);
    expect(t).toMatchObject({ current: null, scans: [], expectedDeliveryAt: null });
  });

  it("reads Get Tracking through Shipment ID: scans without labels, the courier's edd", () => {
    const t = read("1091188857722", samples.trackingThroughShipmentId.body);
    expect(t.current).toMatchObject({
      status: "PICKED_UP",
      rawStatus: "PICKED UP",
      location: "Palwal_NewColony_D (Haryana)",
      remarks: "In Transit - Shipment picked up",
      occurredAt: new Date("2021-12-23T08:53:18Z"),
    });
    expect(t.scans.map((s) => [s.rawStatus, s.status, s.statusCoded])).toEqual([
      ["MANIFEST GENERATED", "PICKUP_SCHEDULED", true],
      ["Manifested - Pickup scheduled", null, false],
      ["PICKED UP", "PICKED_UP", true],
    ]);
    expect(iso(t.expectedDeliveryAt)).toBe("2021-12-27T17:53:18.000Z");
  });

  it("reads each entry of Get Tracking Data for Multiple AWBS", () => {
    const entries = Object.entries(samples.trackingMultipleAwbs.body).map(([awb, body]) =>
      read(awb, body),
    );
    expect(entries.map((t) => [t.awb, t.current?.status, t.current?.rawStatus])).toEqual([
      ["788829354408", "BOOKED", "AWB Assigned"],
      ["788830567028", "PICKUP_SCHEDULED", "Pickup Generated"],
    ]);
    // "Shipment information sent to FedEx - OC" with location "NA": no code, no place, no status.
    for (const t of entries) {
      expect(t.scans).toHaveLength(1);
      expect(t.scans[0]).toMatchObject({
        status: null,
        statusCoded: false,
        rawStatus: "Shipment information sent to FedEx - OC",
        rawCode: null,
        location: null,
      });
      // No scan carries the current code: when it happened is unknown, never "now".
      expect(t.current?.occurredAt).toBeNull();
    }
    expect(Object.keys(samples.trackingMultipleUnknown.body)).toHaveLength(0);
  });

  it("reads Get Tracking Data through Order ID, an array of tracking answers", () => {
    const [t] = samples.trackingByOrderId.body.map((body) => read("1091188857722", body));
    expect(t?.current?.status).toBe("PICKED_UP");
  });

  it("keeps scans of one second in the order they happened (the list is newest first)", () => {
    const body = structuredClone(samples.trackingThroughAwb.body);
    const [delivered, outForDelivery] = body.tracking_data.shipment_track_activities;
    outForDelivery!.date = delivered!.date;
    outForDelivery!["sr-status"] = "7";
    outForDelivery!["sr-status-label"] = "DELIVERED";
    const t = read("141123221084922", body);
    expect(t.scans.slice(-2).map((s) => s.remarks)).toEqual([
      outForDelivery!.activity,
      "Delivered",
    ]);
    expect(t.current?.remarks).toBe("Delivered");
  });

  it("refuses an unreadable answer as malformed", () => {
    expect(() => read("X", { tracking: 1 })).toThrow(
      expect.objectContaining({ kind: "malformed" }),
    );
  });
});

describe("Shiprocket tracking calls, published answers", () => {
  it("tracks through courier/track/awb", async () => {
    const { courier, calls } = replayShiprocket({
      "GET /courier/track/awb/141123221084922": samples.trackingThroughAwb,
    });
    const t = await courier.track("141123221084922");
    expect(t.current?.status).toBe("DELIVERED");
    expect(calls.map((c) => c.endpoint)).toEqual(["track"]);
  });

  it("calls the 404 of a missing AWB a refusal with Shiprocket's words", async () => {
    const { courier } = replayShiprocket({ "GET /courier/track/awb/": samples.trackingMissingAwb });
    await expect(courier.track("")).rejects.toMatchObject({
      kind: "rejected",
      status: 404,
      message: "SHIPROCKET track failed (HTTP 404): 404 Not Found",
    });
  });
});

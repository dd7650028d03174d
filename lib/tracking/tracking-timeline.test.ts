import { describe, expect, it } from "vitest";
import { trackingInTransit } from "@/lib/couriers/delhivery/fixtures/production-answers";
import { readTracking, trackSchema } from "@/lib/couriers/delhivery/tracking";
import { trackingThroughAwb } from "@/lib/couriers/shiprocket/fixtures/tracking-samples";
import { webhookBody } from "@/lib/couriers/shiprocket/fixtures/webhook-samples";
import { toScan, toTracking, trackingSchema } from "@/lib/couriers/shiprocket/tracking";
import type { TrackingScan } from "@/lib/couriers/types";
import { trackingTimeline, type TimelineEvent } from "./tracking-timeline";

// The couriers' published samples, read by the real adapters, as stored events.
const stored = (scan: TrackingScan): TimelineEvent => ({ kind: "SCAN", ...scan });
const titles = (lines: { title: string; place: string | null }[]) =>
  lines.map((l) => [l.title, l.place]);

describe("the customer's timeline", () => {
  it("reads Shiprocket's published tracking answer in plain words, newest first", () => {
    const { scans } = toTracking("141123221084922", trackingSchema.parse(trackingThroughAwb.body));
    const lines = trackingTimeline("SHIPROCKET", scans.map(stored));
    expect(titles(lines)).toEqual([
      ["Delivered", "Madanapalli, Andhra Pradesh"],
      ["Out for delivery", "Madanapalli, Andhra Pradesh"],
      ["Reached the delivery hub", "Madanapalli, Andhra Pradesh"],
      // "Picked Shipment InScan from Manifest" and "InTransit Shipment added in Bag" at one hub
      ["In transit", "Bangalore, Karnataka"],
      ["Picked up by the courier", "Bangalore, Karnataka"],
      ["Courier on the way to pick up", "Bangalore, Karnataka"],
      // the line Shiprocket sends without a code ("sr-status": "NA")
      ["Shipment details sent to the courier", "Bangalore, Karnataka"],
    ]);
    expect(lines[3]!.raw).toHaveLength(2);
    expect(lines[3]!.at).toBe("2022-07-18T14:58:00.000Z");
    // the delivery agent's name and phone in the courier's text never reach the customer
    expect(JSON.stringify(lines.map((l) => l.title))).not.toMatch(/9963133564|Nandinayani/);
  });

  it("folds a pushed status into the scan that says the same thing", () => {
    const [, , , inTransit] = toTracking(
      "141123221084922",
      trackingSchema.parse(trackingThroughAwb.body),
    ).scans.reverse();
    const push: TimelineEvent = {
      kind: "SCAN",
      status: "IN_TRANSIT",
      statusCoded: true,
      rawStatus: "IN TRANSIT",
      remarks: null,
      location: null,
      occurredAt: new Date(inTransit!.occurredAt.getTime() + 60_000),
    };
    const lines = trackingTimeline("SHIPROCKET", [stored(inTransit!), push]);
    expect(titles(lines)).toEqual([["In transit", "Bangalore, Karnataka"]]);
  });

  it("reads Shiprocket's published webhook scans, seventeen of them as six lines", () => {
    const lines = trackingTimeline("SHIPROCKET", webhookBody.scans.map(toScan).map(stored));
    expect(titles(lines)).toEqual([
      ["In transit", "Mumbai, Maharashtra"],
      ["In transit", "Bhiwandi (Mega gateway), Maharashtra"],
      ["In transit", "Jaipur (Sez gateway), Rajasthan"],
      ["In transit", "Chomu, Rajasthan"],
      ["Picked up by the courier", "Chomu, Rajasthan"],
      ["Shipment details sent to the courier", "Chomu, Rajasthan"],
    ]);
  });

  it("reads Delhivery's published tracking answer, one line per place", () => {
    const shipment = trackSchema.parse(trackingInTransit).ShipmentData![0]!.Shipment;
    const lines = trackingTimeline("DELHIVERY", readTracking(shipment).scans.map(stored));
    expect(titles(lines)).toEqual([
      ["In transit", "Jalandhar, Punjab"],
      ["In transit", "Amritsar, Punjab"],
      ["Picked up by the courier", "Amritsar, Punjab"],
      ["Pickup scheduled", "Amritsar, Punjab"],
      ["Shipment details sent to the courier", "Amritsar, Punjab"],
    ]);
  });

  it("reads Ekart's published track_updated and a re-creation", () => {
    const at = new Date(1657523187604);
    const delivered: TimelineEvent = {
      kind: "SCAN",
      status: "DELIVERED",
      statusCoded: true,
      rawStatus: "Delivered",
      remarks: "Delivered Successfully",
      location: null,
      occurredAt: at,
    };
    const recreated: TimelineEvent = {
      ...delivered,
      kind: "RECREATED",
      status: null,
      statusCoded: false,
      rawStatus: "Re-created under new tracking id 501346BN6838926",
      occurredAt: new Date(at.getTime() - 1000),
    };
    expect(titles(trackingTimeline("EKART", [delivered, recreated]))).toEqual([
      ["Delivered", null],
      ["The courier gave your parcel a new tracking number", null],
    ]);
  });

  it("never repeats an activity no table knows to the customer, and flags it for ops", () => {
    const odd: TimelineEvent = {
      kind: "SCAN",
      status: null,
      statusCoded: true,
      rawStatus: "HOLD",
      remarks: "Shipment held by agent RAMESH GUPTA near MG Road gate, MobileNo:- 9963133564",
      location: "NA",
      occurredAt: new Date(),
    };
    expect(trackingTimeline("SHIPROCKET", [odd])).toEqual([
      expect.objectContaining({
        title: "Shipment update",
        place: null,
        unknownStatus: true,
      }),
    ]);
    const [line] = trackingTimeline("SHIPROCKET", [odd]);
    expect(line!.raw).toEqual([`HOLD — ${odd.remarks} @ NA`]); // ops still read the courier's words
  });
});

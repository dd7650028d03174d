import { describe, expect, it } from "vitest";
import { trackingSchema, toTracking } from "@/lib/couriers/shiprocket/tracking";
import { trackingThroughAwb } from "@/lib/couriers/shiprocket/fixtures/tracking-samples";
import { trackingUpdate } from "@/lib/couriers/tracking-update";
import type { TrackingScan } from "@/lib/couriers/types";
import { unknownStatusesIn } from "./report-unknown-courier-status";
import { settleTrackingUpdate } from "./settle-tracking-update";

const NOW = new Date("2026-12-06T10:00:00Z");
const booked = { status: "BOOKED" as const, statusAt: null, courierStatusAt: null };
// Shiprocket's published "Get Tracking through AWB" answer, read by the adapter as a poll would.
const published = toTracking("141123221084922", trackingSchema.parse(trackingThroughAwb.body));

const scan = (fields: Partial<TrackingScan>): TrackingScan => ({
  status: null,
  statusCoded: true,
  rawStatus: "X",
  rawCode: null,
  location: null,
  remarks: null,
  occurredAt: new Date("2026-12-01T10:00:00Z"),
  ...fields,
});

describe("settleTrackingUpdate", () => {
  it("moves a shipment by the courier's current status, at the newest scan agreeing with it", () => {
    const settled = settleTrackingUpdate(booked, published, published.scans, NOW);
    // "2022-07-19 11:37:00" IST: the Delivered activity, the only one agreeing with "Delivered".
    expect(settled.point).toEqual({
      status: "DELIVERED",
      at: new Date("2022-07-19T06:07:00Z"),
    });
    expect(settled.statement).toMatchObject({ rawStatus: "Delivered", rawStatusCode: "7" });
  });

  it("moves by the current status when no scan has a code, at now for the status only", () => {
    const uncoded = published.scans.map((s) => ({ ...s, status: null, statusCoded: false }));
    // and a current status that states no time of its own
    const current = { ...published.current!, occurredAt: null };
    const settled = settleTrackingUpdate(
      booked,
      { ...published, current, scans: uncoded },
      uncoded,
      NOW,
    );
    expect(settled.point).toEqual({ status: "DELIVERED", at: NOW });
  });

  it("keeps the courier's newer words over a late message's older ones", () => {
    const held = { status: "IN_TRANSIT" as const, statusAt: NOW, courierStatusAt: NOW };
    const late = trackingUpdate("A1", {
      current: {
        status: "IN_TRANSIT",
        rawStatus: "In Transit",
        rawCode: null,
        location: "Old hub",
        remarks: null,
        occurredAt: new Date(NOW.getTime() - 60_000),
      },
    });
    expect(settleTrackingUpdate(held, late, [], NOW)).toEqual({ point: null, statement: null });
  });

  it("moves a message without a current status by its new scans, as before", () => {
    const fresh = [scan({ status: "PICKED_UP", rawStatus: "Picked", location: "Hub" })];
    const settled = settleTrackingUpdate(
      booked,
      trackingUpdate("A1", { scans: fresh }),
      fresh,
      NOW,
    );
    expect(settled.point).toEqual({ status: "PICKED_UP", at: fresh[0]!.occurredAt });
    expect(settled.statement).toMatchObject({ rawStatus: "Picked", courierLocation: "Hub" });
  });
});

describe("unknownStatusesIn", () => {
  it("never counts a scan without a code, and counts each unknown status once", () => {
    expect(
      unknownStatusesIn({ freshScans: published.scans, current: null, heldRawStatus: null }),
    ).toEqual([]);
    const twice = [scan({ rawStatus: "Teleported" }), scan({ rawStatus: " teleported " })];
    expect(
      unknownStatusesIn({ freshScans: twice, current: null, heldRawStatus: null }),
    ).toHaveLength(1);
  });

  it("reports an unmapped current status only when the shipment did not hold it already", () => {
    const current = {
      status: null,
      rawStatus: "PARCEL ABDUCTED",
      rawCode: "999",
      location: null,
      remarks: null,
      occurredAt: null,
    };
    expect(unknownStatusesIn({ freshScans: [], current, heldRawStatus: "In Transit" })).toEqual([
      { rawStatus: "PARCEL ABDUCTED", rawCode: "999" },
    ]);
    expect(
      unknownStatusesIn({ freshScans: [], current, heldRawStatus: "Parcel abducted" }),
    ).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import {
  currentStatusPoint,
  foldScans,
  isTerminalShipmentStatus,
  settleCurrentStatus,
  shouldApplyScan,
} from "./tracking-status-rank";

const t = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute));
const at = (status: ShipmentStatus, minute: number | null) => ({
  status,
  at: minute === null ? null : t(minute),
});
const scan = (status: ShipmentStatus | null, minute: number) => ({ status, occurredAt: t(minute) });

describe("shouldApplyScan", () => {
  it("moves forward along the journey whatever the scan's clock says", () => {
    expect(shouldApplyScan(at("BOOKED", null), at("PICKED_UP", 5))).toBe(true);
    expect(shouldApplyScan(at("PICKED_UP", 10), at("IN_TRANSIT", 9))).toBe(true);
    expect(shouldApplyScan(at("OUT_FOR_DELIVERY", 20), at("DELIVERED", 21))).toBe(true);
  });

  it("never moves back to an earlier leg", () => {
    expect(shouldApplyScan(at("IN_TRANSIT", 10), at("PICKED_UP", 30))).toBe(false);
    expect(shouldApplyScan(at("RTO_INITIATED", 10), at("NDR", 30))).toBe(false);
    expect(shouldApplyScan(at("RTO_IN_TRANSIT", 10), at("OUT_FOR_DELIVERY", 30))).toBe(false);
  });

  it("never leaves a terminal status", () => {
    for (const s of ["DELIVERED", "RTO_DELIVERED", "CANCELLED", "LOST"] as const) {
      expect(isTerminalShipmentStatus(s)).toBe(true);
      expect(shouldApplyScan(at(s, 10), at("RTO_INITIATED", 40))).toBe(false);
    }
  });

  it("follows the re-attempt loop by time: NDR after OFD, IN_TRANSIT after NDR", () => {
    expect(shouldApplyScan(at("OUT_FOR_DELIVERY", 10), at("NDR", 11))).toBe(true);
    expect(shouldApplyScan(at("NDR", 11), at("IN_TRANSIT", 12))).toBe(true);
    expect(shouldApplyScan(at("NDR", 11), at("OUT_FOR_DELIVERY", 13))).toBe(true);
  });

  it("ignores a late copy of an earlier loop scan", () => {
    expect(shouldApplyScan(at("NDR", 11), at("OUT_FOR_DELIVERY", 10))).toBe(false);
    expect(shouldApplyScan(at("OUT_FOR_DELIVERY", 10), at("IN_TRANSIT", 5))).toBe(false);
    expect(shouldApplyScan(at("IN_TRANSIT", 12), at("OUT_FOR_DELIVERY", 10))).toBe(false);
  });

  it("leaves the loop for RTO or delivery, not for an older leg", () => {
    expect(shouldApplyScan(at("NDR", 11), at("RTO_INITIATED", 12))).toBe(true);
    expect(shouldApplyScan(at("NDR", 11), at("DELIVERED", 9))).toBe(true);
    expect(shouldApplyScan(at("NDR", 11), at("PICKED_UP", 30))).toBe(false);
  });
});

describe("foldScans", () => {
  it("ends where the newest scans lead, whatever order they arrive in", () => {
    const scans = [
      scan("DELIVERED", 40),
      scan("IN_TRANSIT", 10),
      scan("NDR", 25),
      scan("OUT_FOR_DELIVERY", 20),
      scan("OUT_FOR_DELIVERY", 35),
      scan("IN_TRANSIT", 30),
    ];
    expect(foldScans(at("BOOKED", null), scans)).toMatchObject({
      status: "DELIVERED",
      at: t(40),
      scanIndex: 0,
    });
  });

  it("skips scans of unknown status and keeps the start when nothing applies", () => {
    const result = foldScans(at("IN_TRANSIT", 10), [scan(null, 20), scan("PICKED_UP", 30)]);
    expect(result).toEqual({ status: "IN_TRANSIT", at: t(10), scanIndex: null });
  });

  it("an NDR followed by a re-attempt in transit closes the NDR", () => {
    const result = foldScans(at("OUT_FOR_DELIVERY", 10), [scan("IN_TRANSIT", 12), scan("NDR", 11)]);
    expect(result.status).toBe("IN_TRANSIT");
  });
});

describe("foldScans raw status", () => {
  it("a newer scan of the same status becomes the shown scan; an older one does not", () => {
    const scans = [scan("IN_TRANSIT", 12), scan("IN_TRANSIT", 8)];
    expect(foldScans(at("IN_TRANSIT", 10), scans)).toEqual({
      status: "IN_TRANSIT",
      at: t(12),
      scanIndex: 0,
    });
    expect(foldScans(at("IN_TRANSIT", 10), [scans[1]!]).scanIndex).toBeNull();
  });
});

describe("the courier's current status", () => {
  it("happens at its own time, else at the newest scan that agrees with it, else now", () => {
    const now = t(50);
    const scans = [scan("IN_TRANSIT", 20), scan(null, 30), scan("IN_TRANSIT", 25)];
    expect(currentStatusPoint({ status: "IN_TRANSIT", occurredAt: t(40) }, scans, now)).toEqual({
      status: "IN_TRANSIT",
      at: t(40),
      stated: true,
    });
    expect(currentStatusPoint({ status: "IN_TRANSIT", occurredAt: null }, scans, now)).toEqual({
      status: "IN_TRANSIT",
      at: t(25),
      stated: true,
    });
    expect(currentStatusPoint({ status: "DELIVERED", occurredAt: null }, scans, now)).toEqual({
      status: "DELIVERED",
      at: now,
      stated: false,
    });
  });

  it("moves forward, and in the delivery loop when newer: NDR → out for delivery", () => {
    const current = (status: ShipmentStatus, minute: number, stated = true) => ({
      status,
      at: t(minute),
      stated,
    });
    expect(settleCurrentStatus(at("BOOKED", null), current("IN_TRANSIT", 5))).toEqual(
      at("IN_TRANSIT", 5),
    );
    expect(settleCurrentStatus(at("NDR", 10), current("OUT_FOR_DELIVERY", 12))).toEqual(
      at("OUT_FOR_DELIVERY", 12),
    );
    expect(settleCurrentStatus(at("NDR", 10), current("OUT_FOR_DELIVERY", 8))).toBeNull();
    expect(settleCurrentStatus(at("IN_TRANSIT", 10), current("PICKED_UP", 30))).toBeNull();
    expect(settleCurrentStatus(at("DELIVERED", 10), current("RTO_INITIATED", 30))).toBeNull();
  });

  it("refreshes the same status only with a time the courier stated", () => {
    const same = { status: "IN_TRANSIT" as const, at: t(30) };
    expect(settleCurrentStatus(at("IN_TRANSIT", 10), { ...same, stated: true })).toEqual(
      at("IN_TRANSIT", 30),
    );
    expect(settleCurrentStatus(at("IN_TRANSIT", 10), { ...same, stated: false })).toBeNull();
    expect(settleCurrentStatus(at("IN_TRANSIT", 40), { ...same, stated: true })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { adapterFactories } from "./adapters";
import { sampleShipment } from "./contract";
import type { Courier } from "./courier";
import { DelhiveryCourier } from "./delhivery";
import { dryRunCallsCourier, isDryRunId, newDryRunId, READ_ENDPOINTS } from "./dry-run";
import { createCourierHttp } from "./http/courier-http";

// Every write of every adapter on a dry-run account, read by the adapter's own parsers. The
// base URL is a closed port: had any of these calls left Packline, it would fail as "network".
// (Reads passing through are covered over HTTP in lib/shipping/dry-run-shipping.integration.test.ts.)
const NOWHERE = "http://127.0.0.1:9";
const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };
const tomorrowIst = new Date(Date.now() + 330 * 60_000 + 86_400_000).toISOString().slice(0, 10);

function dryRunCourier(code: CourierCode): Courier {
  const account = {
    id: `dry-${code}`,
    courier: code,
    name: `${code} dry run`,
    baseUrl: NOWHERE,
    pickupPincode: pincodes.pickup,
    pickupLocationName: "Primary",
    dryRun: true,
  };
  return adapterFactories[code]!({
    account,
    credentials: {},
    webhookSecret: null,
    createHttp: (config) => createCourierHttp(account, { ...config, retry: { maxAttempts: 1 } }),
  });
}

describe("the dry-run rule", () => {
  it("lets reads through and keeps writes and anything about a synthetic id at home", () => {
    const read = { endpoint: "track", method: "GET", path: "/api/v1/track/1234" } as const;
    expect(dryRunCallsCourier(read)).toBe(true);
    expect(dryRunCallsCourier({ ...read, path: "/api/v1/track/DRYRUNAB12" })).toBe(false);
    expect(dryRunCallsCourier({ ...read, query: { waybill: "123,DRYRUNAB12" } })).toBe(false);
    expect(
      dryRunCallsCourier({
        ...read,
        endpoint: "label",
        method: "POST",
        body: { ids: ["DRYRUNX"] },
      }),
    ).toBe(false);
    for (const write of ["create", "assign_awb", "cancel", "pickup", "manifest", "ndr", "edit"])
      expect(dryRunCallsCourier({ ...read, endpoint: write })).toBe(false);
    expect([...READ_ENDPOINTS]).toEqual(
      expect.arrayContaining(["auth", "serviceability", "charges", "tat", "estimate", "track"]),
    );
  });

  it("makes distinct ids that say DRYRUN", () => {
    const ids = new Set(Array.from({ length: 500 }, () => newDryRunId()));
    expect(ids.size).toBe(500);
    expect([...ids].every((id) => /^DRYRUN[0-9A-Z]+$/.test(id) && isDryRunId(id))).toBe(true);
    expect(isDryRunId("1490813456789")).toBe(false);
  });
});

describe.each(["SHIPROCKET", "EKART", "DELHIVERY"] as CourierCode[])(
  "a dry-run %s adapter",
  (code) => {
    it("books, schedules a pickup, manifests, answers NDRs and cancels without a call", async () => {
      const courier = dryRunCourier(code);
      const booked = await courier.createShipment(sampleShipment(pincodes));
      expect(booked.awb).toMatch(/^DRYRUN/);
      const awbs = [booked.awb];
      const pickup = await courier.schedulePickup({
        awbs,
        pickupDate: tomorrowIst,
        locationName: "Primary",
        expectedPackageCount: 1,
      });
      expect(pickup.scheduledFor).toBeInstanceOf(Date);
      const manifest = await courier.createManifest(awbs);
      expect(manifest.manifestUrl).toBeNull();
      if (code === "DELHIVERY") expect(manifest.pdf?.byteLength).toBeGreaterThan(500);
      const reattempt = await courier.ndrAction({
        kind: "REATTEMPT",
        awb: booked.awb,
        date: tomorrowIst,
        phone: "9876543210",
        address: { line1: "14 New Street" },
      });
      expect(reattempt.accepted).toBe(true);
      expect(reattempt.message).toBeTruthy();
      expect(await courier.ndrAction({ kind: "RTO", awb: booked.awb })).toMatchObject({
        accepted: true,
      });
      expect(await courier.cancelShipment(booked.awb)).toMatchObject({ cancelled: true });
      if (courier instanceof DelhiveryCourier && reattempt.courierRef)
        expect((await courier.getNdrStatus(reattempt.courierRef)).done).toBe(true);
      const location = await courier.registerPickupLocation({
        name: "WH-GGN",
        address: { ...sampleShipment(pincodes).pickup, email: "ops@example.com" },
        openingHours: { MON: { open: "09:30", close: "18:30" } },
      });
      expect(location.courierLocationName).toBe("WH-GGN");
    });

    it("refuses to make up a label for a synthetic AWB", async () => {
      await expect(dryRunCourier(code).getLabel(["DRYRUNAB12"])).rejects.toMatchObject({
        kind: "unsupported",
      });
    });
  },
);

import { describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import * as samples from "./fixtures/documented-samples";
import {
  adhocOrderSchema,
  parseOrThrow,
  serviceabilitySchema,
  toRateQuotes,
  toTracking,
  trackingSchema,
} from "./parse";
import { parseShiprocketWebhook } from "./webhook";

describe("Shiprocket documented samples", () => {
  it("reads the tracking-through-AWB sample", () => {
    const t = toTracking(
      "141123221084922",
      parseOrThrow(trackingSchema, samples.trackingThroughAwb, "tracking"),
    );
    expect(t.current?.status).toBe("DELIVERED");
    expect(t.current?.rawStatus).toBe("Delivered");
    expect(t.scans).toHaveLength(8);
    expect(t.scans[0]).toMatchObject({
      status: null,
      rawCode: "DRC",
      rawStatus: "Pending Manifest Data Received",
    });
    expect(t.scans.map((s) => s.status).slice(1)).toEqual([
      "PICKUP_SCHEDULED",
      "PICKED_UP",
      "IN_TRANSIT",
      "IN_TRANSIT",
      "IN_TRANSIT",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
    ]);
    // 11:37 IST is 06:07 UTC.
    expect(t.scans.at(-1)?.occurredAt.toISOString()).toBe("2022-07-19T06:07:00.000Z");
    expect(t.expectedDeliveryAt?.toISOString()).toBe("2022-07-20T13:58:00.000Z");
  });

  it("reads the no-activity tracking answer as unknown, not as an error", () => {
    const t = toTracking(
      "X",
      parseOrThrow(trackingSchema, samples.trackingNoActivities, "tracking"),
    );
    expect(t).toMatchObject({ current: null, scans: [] });
  });

  it("reads the serviceability sample as rates in paise", () => {
    const quotes = toRateQuotes(
      parseOrThrow(serviceabilitySchema, samples.serviceability, "serviceability"),
    );
    expect(
      quotes.map((q) => [q.serviceCode, q.chargePaise, q.promisedDays, q.codAvailable]),
    ).toEqual([
      ["43", 5400, 4, true],
      ["225", 12390, 8, true],
    ]);
  });

  it("reads the create-custom-order sample", () => {
    expect(parseOrThrow(adhocOrderSchema, samples.createCustomOrder, "create")).toMatchObject({
      order_id: "16161616",
      shipment_id: "15151515",
      awb_code: null,
    });
  });

  it("refuses an unreadable answer as malformed", () => {
    expect(() => parseOrThrow(trackingSchema, { tracking: 1 }, "tracking")).toThrow(
      expect.objectContaining({ kind: "malformed" }),
    );
  });
});

describe("Shiprocket webhook", () => {
  const raw = JSON.stringify(samples.webhookBody);

  it("verifies the x-api-key token and normalises the documented body", () => {
    const events = parseShiprocketWebhook(
      { headers: { "x-api-key": "tok-123" }, rawBody: raw },
      "tok-123",
    );
    expect(events).toHaveLength(1);
    expect(events?.[0]).toMatchObject({
      update: {
        awb: "19041424751540",
        current: {
          status: "IN_TRANSIT",
          rawStatus: "IN TRANSIT",
          rawCode: "18",
          location: "Chomu_SamodRd_D (Rajasthan)",
        },
      },
    });
    expect(events?.[0]?.update.scans[0]?.occurredAt.toISOString()).toBe("2023-05-23T06:13:52.000Z");
    expect(events?.[0]?.eventId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("rejects a missing or wrong token", () => {
    for (const headers of [{}, { "x-api-key": "tok-124" }] as Record<string, string>[]) {
      const attempt = () => parseShiprocketWebhook({ headers, rawBody: raw }, "tok-123");
      expect(attempt).toThrow(CourierError);
      expect(attempt).toThrow(expect.objectContaining({ kind: "auth" }));
    }
  });

  it("keeps an unknown status raw with no canonical status", () => {
    const body = { ...samples.webhookBody, shipment_status: "TELEPORTED", shipment_status_id: 999 };
    const [event] =
      parseShiprocketWebhook(
        { headers: { "x-api-key": "t" }, rawBody: JSON.stringify(body) },
        "t",
      ) ?? [];
    expect(event?.update.scans[0]).toMatchObject({
      status: null,
      rawStatus: "TELEPORTED",
      rawCode: "999",
    });
  });

  it("calls a non-JSON body malformed", () => {
    expect(() =>
      parseShiprocketWebhook({ headers: { "x-api-key": "t" }, rawBody: "{oops" }, "t"),
    ).toThrow(expect.objectContaining({ kind: "malformed" }));
  });
});

import { describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { legacyWebhookBody, webhookBody } from "./fixtures/webhook-samples";
import { parseShiprocketWebhook } from "./webhook";

const TOKEN = "tok-123";
const push = (body: unknown, headers: Record<string, string> = { "x-api-key": TOKEN }) =>
  parseShiprocketWebhook(
    { headers, rawBody: typeof body === "string" ? body : JSON.stringify(body) },
    TOKEN,
  );
/** The sample without the named keys. */
const without = (body: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key)));
const only = (body: unknown) => {
  const events = push(body);
  expect(events).toHaveLength(1);
  return events![0]!;
};

describe("Shiprocket webhook, published sample body", () => {
  it("applies shipment_status_id, places it by the newest scan and keeps every scan", () => {
    const { eventId, update } = only(webhookBody);
    expect(eventId).toMatch(/^[0-9a-f]{32}$/);
    // current_timestamp 23 05 2023 11:43:52 IST; the newest scan (11:43:46) is the place.
    expect(update.current).toEqual({
      status: "IN_TRANSIT",
      rawStatus: "IN TRANSIT",
      rawCode: "18",
      location: "Mumbai_MiraRdIndEstate_I (Maharashtra)",
      remarks: "In Transit - Shipment Received at Facility",
      occurredAt: new Date("2023-05-23T06:13:52Z"),
    });
    expect(update.awb).toBe("19041424751540");
    expect(update.scans).toHaveLength(17);
    expect(update.scans.filter((s) => !s.statusCoded).map((s) => s.rawStatus)).toEqual([
      "In Transit - Added to Bag",
      "In Transit - System weight captured",
      "In Transit - Added to Bag",
    ]);
    expect(update.scans.filter((s) => !s.statusCoded).every((s) => s.status === null)).toBe(true);
    // two scans share 15:23:38: they keep the order they were listed in, oldest first
    expect(update.scans.slice(7, 9).map((s) => s.rawCode)).toEqual(["18", "X-DWS"]);
    expect(update.scans[0]).toMatchObject({
      status: "PICKUP_SCHEDULED",
      rawStatus: "MANIFEST GENERATED",
      rawCode: "5",
      location: "Chomu_SamodRd_D (Rajasthan)",
      occurredAt: new Date("2023-05-19T06:29:16Z"),
    });
    expect(update.expectedDeliveryAt).toEqual(new Date("2023-05-23T10:10:19Z"));
    // sr_order_id is Shiprocket's order id; order_id here is the channel's
    expect(update.courierOrderRef).toBe("348456385");
  });

  it("never reads current_status_id on the shipment scale (there 20 is Pickup Exception)", () => {
    const { update } = only(without(webhookBody, "shipment_status_id", "shipment_status"));
    expect(update.current).toMatchObject({
      status: "IN_TRANSIT",
      rawStatus: "IN TRANSIT",
      rawCode: null,
    });
  });

  it("has a stable event id for the same push and a new one for the next scan", () => {
    expect(only(webhookBody).eventId).toBe(only(webhookBody).eventId);
    const next = {
      ...webhookBody,
      current_timestamp: "23 05 2023 12:30:10",
      scans: [
        ...webhookBody.scans,
        {
          date: "2023-05-23 12:30:05",
          status: "X-DDD3FD",
          activity: "Out for delivery",
          location: "Mumbai_MiraRdIndEstate_I (Maharashtra)",
          "sr-status": "17",
          "sr-status-label": "OUT FOR DELIVERY",
        },
      ],
    };
    expect(only(next).eventId).not.toBe(only(webhookBody).eventId);
  });

  it("never dates a push without current_timestamp at 'now'", () => {
    const noTime = without(webhookBody, "current_timestamp");
    const { update, eventId } = only(noTime);
    expect(update.current?.occurredAt).toEqual(new Date("2023-05-23T06:13:46Z"));
    expect(eventId).toBe(only(noTime).eventId);
    const bare = only({ awb: "1904", shipment_status: "IN TRANSIT", shipment_status_id: 18 });
    expect(bare.update.current?.occurredAt).toBeNull();
    expect(bare.update.scans).toEqual([]);
    expect(bare.eventId).toBe(
      only({ awb: "1904", shipment_status: "IN TRANSIT", shipment_status_id: 18 }).eventId,
    );
  });
});

describe("Shiprocket webhook, the earlier published sample body", () => {
  it("reads a numeric AWB, an ISO-like timestamp and newest-first scans without codes", () => {
    const { update } = only(legacyWebhookBody);
    expect(update.awb).toBe("59629792084");
    expect(update.current).toEqual({
      status: "DELIVERED",
      rawStatus: "Delivered",
      rawCode: "7",
      // the first element is the newest scan; the last one is a day older, at another hub
      location: "PATIALA",
      remarks: "SHIPMENT DELIVERED",
      occurredAt: new Date("2021-07-02T11:11:59Z"),
    });
    expect(update.scans).toHaveLength(11);
    expect(update.scans.every((s) => !s.statusCoded && s.status === null)).toBe(true);
    expect(update.scans[0]).toMatchObject({
      rawStatus: "SHIPMENT PICKED UP",
      location: "COD PROCESSING CENTRE I",
      occurredAt: new Date("2019-06-24T13:26:00Z"),
    });
    expect(update.scans.at(-1)?.rawStatus).toBe("SHIPMENT DELIVERED");
    expect(update.expectedDeliveryAt).toEqual(new Date("2021-07-02T11:11:59Z"));
    expect(update.courierOrderRef).toBe("13905312");
  });

  it("keeps every digit of a numeric AWB too long for a JavaScript number", () => {
    const raw = JSON.stringify(legacyWebhookBody).replace("59629792084", "12345678901234567891");
    expect(only(raw).update.awb).toBe("12345678901234567891");
  });
});

describe("Shiprocket webhook refusals", () => {
  it("rejects a missing or wrong token", () => {
    for (const headers of [{}, { "x-api-key": "tok-124" }] as Record<string, string>[]) {
      const attempt = () => push(webhookBody, headers);
      expect(attempt).toThrow(CourierError);
      expect(attempt).toThrow(expect.objectContaining({ kind: "auth" }));
    }
  });

  it("keeps an unknown status raw with no canonical status", () => {
    const { update } = only({
      ...webhookBody,
      shipment_status: "TELEPORTED",
      shipment_status_id: 999,
    });
    expect(update.current).toMatchObject({ status: null, rawStatus: "TELEPORTED", rawCode: "999" });
  });

  it("calls a non-JSON body or one without an AWB malformed, and a bare ping nothing", () => {
    for (const body of ["{oops", { shipment_status: "DELIVERED" }])
      expect(() => push(body)).toThrow(expect.objectContaining({ kind: "malformed" }));
    expect(push({ awb: "1904" })).toBeNull();
  });
});

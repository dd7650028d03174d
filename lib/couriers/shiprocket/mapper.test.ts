import { describe, expect, it } from "vitest";
import { sampleShipment } from "../contract";
import type { ShipmentRequest } from "../types";
import { istDateTime, toAdhocOrder, toReturnOrder } from "./mapper";
import { normalisePhone } from "./validate";

const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };
const request = (overrides: Partial<ShipmentRequest> = {}) => sampleShipment(pincodes, overrides);
const refused = (r: ShipmentRequest, reason: RegExp) =>
  expect(() => toAdhocOrder(r, "Primary")).toThrow(
    expect.objectContaining({ kind: "validation", message: expect.stringMatching(reason) }),
  );

describe("Shiprocket mapper", () => {
  it("builds the create-custom-order body in Shiprocket's units", () => {
    const r = request({ paymentMode: "COD", codAmountPaise: 99_800 });
    const body = toAdhocOrder(r, "Primary");
    expect(body).toMatchObject({
      order_id: r.reference,
      order_date: "2026-11-20 12:00",
      pickup_location: "Primary",
      billing_phone: "9812345670",
      billing_pincode: "530017",
      billing_address: "12 Beach Road, Flat 3, MVP Colony",
      payment_method: "COD",
      sub_total: 998,
      weight: 0.75,
      length: 20,
      shipping_is_billing: true,
    });
    expect(body.order_items[0]).toMatchObject({ sku: "TEE-BLK-M", units: 2, selling_price: 499 });
  });

  it("builds a return body picked up from the customer", () => {
    const body = toReturnOrder(request({ direction: "REVERSE" }));
    expect(body).toMatchObject({
      pickup_pincode: "122001",
      shipping_pincode: "530017",
      payment_method: "Prepaid",
    });
  });

  it("normalises Indian phone formats and refuses others", () => {
    for (const raw of ["+91 98123 45670", "919812345670", "09812345670", "98123-45670"])
      expect(normalisePhone(raw, "p")).toBe("9812345670");
    for (const raw of ["12345", "5812345670", "98123456701"])
      expect(() => normalisePhone(raw, "p")).toThrow(/10-digit/);
  });

  it("refuses bad pincodes, weights, dimensions and COD amounts before any call", () => {
    const base = request();
    refused(
      { ...base, drop: { ...base.drop, pincode: "53001" } },
      /pincode "53001" must be 6 digits/,
    );
    refused(
      { ...base, parcel: { ...base.parcel, weightGrams: 0 } },
      /weight must be more than 0 g/,
    );
    refused({ ...base, parcel: { ...base.parcel, weightGrams: 150_000 } }, /over the 100 kg limit/);
    refused(
      { ...base, parcel: { ...base.parcel, heightCm: 0.5 } },
      /height must be more than 0.5 cm/,
    );
    refused({ ...base, paymentMode: "COD", codAmountPaise: 0 }, /COD amount above ₹0/);
    refused(
      { ...base, paymentMode: "COD", codAmountPaise: 6_000_000 },
      /over Shiprocket's ₹50000 limit/,
    );
    refused({ ...base, items: [] }, /at least one item/);
    refused({ ...base, reference: "R".repeat(51) }, /Reference is 51 characters/);
  });

  it("wraps a long address into the second line instead of cutting it", () => {
    const base = request();
    const line1 = Array.from({ length: 30 }, (_, i) => `Block${i}`).join(" ");
    const body = toAdhocOrder(
      { ...base, drop: { ...base.drop, line1, line2: "Tower B", landmark: "City Mall" } },
      "Primary",
    );
    expect(body.billing_address.length).toBeLessThanOrEqual(190);
    expect(body.billing_address_2.length).toBeLessThanOrEqual(190);
    expect(`${body.billing_address} ${body.billing_address_2}`).toBe(
      `${line1}, Tower B, Near City Mall`,
    );
  });

  it("refuses an address too long for two lines, saying how long it is", () => {
    const base = request();
    const line1 = "Flat ".repeat(80).trim();
    refused(
      { ...base, drop: { ...base.drop, line1 } },
      /address is 411 characters; Shiprocket takes at most 380/,
    );
  });

  it("prints order dates in IST", () => {
    expect(istDateTime(new Date("2026-01-31T20:00:00Z"))).toBe("2026-02-01 01:30");
  });
});

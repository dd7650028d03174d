import { describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { sampleShipment } from "../contract";
import { classifyEkart } from "./client";
import { gstinProblem } from "./gstin";
import { toEkartShipment } from "./mapper";
import { toEkartAddress, toEkartNdr } from "./mapper-requests";
import { EKART_DOCUMENTED_STATUSES, mapEkartStatus } from "./status-map";

const pins = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };
const valid = (overrides = {}) =>
  sampleShipment(pins, { sellerGstin: "27AAPFU0939F1ZV", ...overrides });

function validationOf(fn: () => unknown): CourierError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CourierError);
    expect((error as CourierError).kind).toBe("validation");
    return error as CourierError;
  }
  throw new Error("expected a validation error");
}

describe("GSTIN (Ekart requires it)", () => {
  it("accepts real GSTINs and rejects a wrong check character", () => {
    expect(gstinProblem("27AAPFU0939F1ZV")).toBeNull();
    expect(gstinProblem("07aacco4657q1zs")).toBeNull();
    expect(gstinProblem("27AAPFU0939F1ZW")).toMatch(/checksum/);
    expect(gstinProblem("27AAPFU0939F1Z")).toMatch(/not a GSTIN/);
  });
  it("refuses to book without a seller GSTIN, naming it", () => {
    const error = validationOf(() => toEkartShipment(valid({ sellerGstin: null })));
    expect(error.message).toMatch(/sellerGstin: the seller's GSTIN is missing/);
  });
});

describe("Ekart shipment mapper", () => {
  it("maps a prepaid forward booking to Ekart's fields", () => {
    const payload = toEkartShipment(valid());
    expect(payload).toMatchObject({
      payment_mode: "Prepaid",
      seller_gst_tin: "27AAPFU0939F1ZV",
      cod_amount: 0,
      total_amount: 998,
      weight: 750,
      consignee_alternate_phone: "9812345670",
      drop_location: {
        pin: 530017,
        phone: 9812345670,
        address: "12 Beach Road, Flat 3, MVP Colony",
      },
      invoice_date: "2026-11-20",
    });
  });
  it("uses Pickup mode with a return reason and forward roles for a return", () => {
    const request = valid({ direction: "REVERSE" });
    const payload = toEkartShipment(request);
    expect(payload.payment_mode).toBe("Pickup");
    expect(payload.return_reason).toMatch(/return/i);
    expect(payload.drop_location.pin).toBe(Number(request.pickup.pincode));
  });
  it("names every bad field at once", () => {
    const request = valid();
    request.drop = { ...request.drop, pincode: "12345", phone: "12" };
    request.parcel = { ...request.parcel, weightGrams: 45_000 };
    request.paymentMode = "COD";
    request.codAmountPaise = 60_000_00;
    const error = validationOf(() => toEkartShipment(request));
    for (const field of ["drop.pincode", "drop.phone", "parcel.weightGrams", "codAmountPaise"])
      expect(error.message).toContain(field);
  });
  it("wraps a long warehouse address over Ekart's two address lines", () => {
    const line1 = `${"Warehouse 7 ".repeat(25)}Sector 18`;
    const payload = toEkartAddress("Primary", { ...valid().pickup, line1 });
    expect(payload.address_line1.length).toBeLessThanOrEqual(255);
    expect(`${payload.address_line1} ${payload.address_line2}`).toBe(
      line1.replace(/\s+/g, " ").trim(),
    );
  });
  it("sends a re-attempt date as IST midnight within the next seven days", () => {
    const now = new Date("2026-11-20T10:00:00Z");
    expect(
      toEkartNdr(
        { kind: "REATTEMPT", awb: "A1", date: "2026-11-22", phone: "+91 98123 45670" },
        now,
      ),
    ).toMatchObject({
      action: "Re-Attempt",
      date: Date.parse("2026-11-21T18:30:00Z"),
      phone: "9812345670",
    });
    validationOf(() => toEkartNdr({ kind: "REATTEMPT", awb: "A1", date: "2026-11-20" }, now));
    validationOf(() => toEkartNdr({ kind: "REATTEMPT", awb: "A1", date: "2026-12-05" }, now));
  });
});

describe("Ekart statuses and answers", () => {
  it("maps every documented swift_status and nothing else", () => {
    expect(EKART_DOCUMENTED_STATUSES).toHaveLength(24);
    for (const status of EKART_DOCUMENTED_STATUSES) expect(mapEkartStatus(status)).not.toBeNull();
    expect(mapEkartStatus("Out for Delivery")).toBe("OUT_FOR_DELIVERY");
    expect(mapEkartStatus("Teleported")).toBeNull();
  });
  it("reads a 2xx acknowledgement with status:false as Ekart refusing, not as serviceability", () => {
    const headers = new Headers();
    const refusal = { status: false, remark: "bad" };
    expect(classifyEkart({ status: 200, headers, endpoint: "create", body: refusal })).toBe(
      "rejected",
    );
    expect(
      classifyEkart({ status: 200, headers, endpoint: "serviceability", body: refusal }),
    ).toBeNull();
  });
});

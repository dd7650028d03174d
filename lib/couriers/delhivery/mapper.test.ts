import { describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { sampleShipment } from "../contract";
import { DELHIVERY_ADDRESS_MAX, toCreateForm, toDelhiveryShipment } from "./mapper";

const pins = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };

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

describe("Delhivery shipment mapper", () => {
  it("maps a prepaid forward booking to the documented manifest fields", () => {
    const request = sampleShipment(pins);
    const payload = toDelhiveryShipment(request, "Primary");
    expect(payload.pickup_location).toEqual({ name: "Primary" });
    expect(payload.shipments[0]).toMatchObject({
      name: "Asha Rao",
      add: "12 Beach Road, Flat 3, MVP Colony",
      pin: "530017",
      phone: "9812345670",
      order: request.reference,
      payment_mode: "Prepaid",
      cod_amount: "0",
      total_amount: "998.00",
      weight: "750",
      shipment_length: "20",
      return_pin: "122001",
      seller_inv: request.orderNumber,
      order_date: "20-11-2026",
    });
    const form = toCreateForm(payload);
    expect(form.get("format")).toBe("json");
    expect(JSON.parse(form.get("data")!).shipments[0].order).toBe(request.reference);
  });

  it("maps COD in rupees and a return as payment mode Pickup from the customer", () => {
    const cod = toDelhiveryShipment(
      sampleShipment(pins, { paymentMode: "COD", codAmountPaise: 99_800 }),
      "Primary",
    );
    expect(cod.shipments[0]).toMatchObject({ payment_mode: "COD", cod_amount: "998.00" });
    const ret = sampleShipment(pins, { direction: "REVERSE" });
    [ret.pickup, ret.drop] = [{ ...ret.drop, locationName: null }, ret.pickup];
    const reverse = toDelhiveryShipment(ret, "Primary").shipments[0]!;
    expect(reverse).toMatchObject({ payment_mode: "Pickup", pin: "530017", return_pin: "122001" });
  });

  it("keeps special characters intact: the form encoding carries & # % ;", () => {
    const request = sampleShipment(pins);
    request.drop.line1 = "Flat #3; A&B Towers, 100% Road";
    const form = toCreateForm(toDelhiveryShipment(request, "Primary"));
    const decoded = new URLSearchParams(form.toString());
    expect(JSON.parse(decoded.get("data")!).shipments[0].add).toContain(
      "Flat #3; A&B Towers, 100% Road",
    );
  });

  it("names every bad field at once, before any call", () => {
    const bad = sampleShipment(pins, {
      parcel: { weightGrams: 0, lengthCm: 20, breadthCm: 400, heightCm: 8 },
    });
    bad.drop = { ...bad.drop, pincode: "12345", phone: "12" };
    const error = validationOf(() => toDelhiveryShipment(bad, "Primary"));
    expect(error.message).toMatch(/drop\.pincode: "12345" is not a 6-digit pincode/);
    expect(error.message).toMatch(/drop\.phone/);
    expect(error.message).toMatch(/parcel\.weightGrams/);
    expect(error.message).toMatch(/parcel\.breadthCm/);
  });

  it("refuses COD over the limit, a COD return and e-waybill values", () => {
    expect(
      validationOf(() =>
        toDelhiveryShipment(
          sampleShipment(pins, {
            paymentMode: "COD",
            codAmountPaise: 50_000_00,
            invoiceValuePaise: 40_000_00,
          }),
          "Primary",
        ),
      ).message,
    ).toMatch(/codAmountPaise: .*COD limit/);
    expect(
      validationOf(() =>
        toDelhiveryShipment(sampleShipment(pins, { invoiceValuePaise: 60_000_00 }), "Primary"),
      ).message,
    ).toMatch(/e-waybill/);
    expect(
      validationOf(() =>
        toDelhiveryShipment(
          sampleShipment(pins, { direction: "REVERSE", paymentMode: "COD", codAmountPaise: 100 }),
          "Primary",
        ),
      ).message,
    ).toMatch(/paymentMode: a return pickup cannot collect cash/);
  });

  it("reports an address too long for Delhivery instead of cutting it", () => {
    const long = sampleShipment(pins);
    long.drop.line2 = "Near the old banyan tree ".repeat(12);
    const error = validationOf(() => toDelhiveryShipment(long, "Primary"));
    expect(error.message).toMatch(new RegExp(`drop\\.line2: .*at most ${DELHIVERY_ADDRESS_MAX}`));
  });

  it("needs the registered warehouse name and an order id within 50 characters", () => {
    const request = sampleShipment(pins, { reference: "R".repeat(51) });
    request.pickup.locationName = null;
    const error = validationOf(() => toDelhiveryShipment(request, null));
    expect(error.message).toMatch(/pickupLocationName/);
    expect(error.message).toMatch(/reference: .*50-character/);
  });
});

import { describe, expect, it } from "vitest";
import { buildShipmentRequest, type ParcelOrder } from "./build-shipment-request";

// A part-paid COD order (₹100 paid online, ₹100 left to collect) whose only short line is worth
// more than what is left: nothing remains to collect at the door.
const order = {
  id: "o1",
  number: "PL-1",
  status: "PACKED",
  placedAt: new Date("2026-12-01T05:00:00Z"),
  customerName: "Asha Rao",
  customerPhone: "+919876543210",
  addressLine1: "4 MG Road",
  addressLine2: null,
  landmark: null,
  city: "Mumbai",
  state: "Maharashtra",
  pincode: "400001",
  customerEmail: null,
  gstin: null,
  paymentMethod: "COD",
  codAmountPaise: 10_000,
  codOrderedPaise: null,
  pickupLocationId: null,
  totalPaise: 20_000,
  shippingPaise: 0,
  packedWeightGrams: 400,
  packedLengthCm: 20,
  packedBreadthCm: 15,
  packedHeightCm: 10,
  items: [
    {
      id: "i1",
      sku: "A",
      title: "Kept",
      unitPricePaise: 5_000,
      qtyOrdered: 1,
      qtyShort: 0,
      product: { weightGrams: 300, lengthCm: null, breadthCm: null, heightCm: null, hsnCode: null },
    },
    {
      id: "i2",
      sku: "B",
      title: "Short",
      unitPricePaise: 15_000,
      qtyOrdered: 1,
      qtyShort: 1,
      product: { weightGrams: 300, lengthCm: null, breadthCm: null, heightCm: null, hsnCode: null },
    },
  ],
} as unknown as ParcelOrder;

const location = {
  id: "l1",
  name: "Main",
  line1: "1 Dock Road",
  line2: null,
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560034",
  contactName: "Dock",
  contactPhone: "9876543210",
  contactEmail: null,
  gstin: null,
};

describe("buildShipmentRequest", () => {
  it("books a COD parcel with nothing left to collect as prepaid, never COD of ₹0", () => {
    const request = buildShipmentRequest({
      order,
      reference: "PL-1-F1",
      direction: "FORWARD",
      location,
      courierLocationName: "Main",
      serviceCode: null,
    });
    expect(request.paymentMode).toBe("PREPAID");
    expect(request.codAmountPaise).toBe(0);
    expect(request.items.map((i) => i.sku)).toEqual(["A"]);
  });

  it("collects what is left when something is", () => {
    const request = buildShipmentRequest({
      order: { ...order, items: [order.items[0]!] } as ParcelOrder,
      reference: "PL-1-F1",
      direction: "FORWARD",
      location,
      courierLocationName: "Main",
      serviceCode: null,
    });
    expect(request).toMatchObject({ paymentMode: "COD", codAmountPaise: 10_000 });
  });
});

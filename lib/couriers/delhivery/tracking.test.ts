import { describe, expect, it } from "vitest";
import { parseWith } from "./read";
import { trackingDelivered, trackingInTransit } from "./fixtures/production-answers";
import { readTracking, trackSchema } from "./tracking";

function read(answer: unknown) {
  const [record] = parseWith(trackSchema, answer, "tracking").ShipmentData!;
  return readTracking(record!.Shipment);
}

describe("Delhivery tracking: published production answers", () => {
  it("reads a parcel in transit: status, remark, promise, no attempt yet", () => {
    const t = read(trackingInTransit);
    expect(t.awb).toBe("26805710004126");
    expect(t.current).toEqual({
      status: "IN_TRANSIT",
      rawStatus: "In Transit (UD)",
      rawCode: "X-ILL1F",
      location: "Jalandhar_QajiMandi_P (Punjab)",
      remarks: "Bag Received at Facility",
      occurredAt: new Date("2024-09-22T03:55:10.124Z"),
    });
    expect(t.scans.map((s) => s.status)).toEqual([
      "BOOKED",
      "PICKUP_SCHEDULED",
      "PICKED_UP",
      ...Array(6).fill("IN_TRANSIT"),
    ]);
    expect(t.scans.every((s) => s.statusCoded)).toBe(true);
    expect(t.scans[0]!.occurredAt.toISOString()).toBe("2024-09-21T09:01:48.752Z");
    // ExpectedDeliveryDate "2024-09-24T23:59:59" IST
    expect(t.expectedDeliveryAt?.toISOString()).toBe("2024-09-24T18:29:59.000Z");
    expect(t.deliveryAttempts).toBe(0); // DispatchCount 0
    expect(t.chargedWeightGrams).toBeNull(); // ChargedWeight null: not weighed yet
  });

  it("reads a delivered parcel: 28 scans, the failed attempt, one run out, delivered", () => {
    const t = read(trackingDelivered);
    expect(t.awb).toBe("26805710004060");
    expect(t.current).toMatchObject({
      status: "DELIVERED",
      rawStatus: "Delivered (DL)",
      rawCode: "EOD-38",
      location: "Delhi_DLEIndustrialArea_D (Delhi)",
      remarks: "Delivered to consignee",
    });
    // DeliveryDate "2024-09-20T15:41:19.002" IST
    expect(t.current?.occurredAt?.toISOString()).toBe("2024-09-20T10:11:19.002Z");
    expect(t.scans).toHaveLength(28);
    expect(t.scans.slice(-4).map((s) => [s.status, s.rawCode, s.remarks])).toEqual([
      ["OUT_FOR_DELIVERY", "X-DDD3FD", "Out for delivery"],
      ["OUT_FOR_DELIVERY", "ST-114", "Call placed to consignee"],
      ["NDR", "EOD-11", "Consignee Unavailable"],
      ["DELIVERED", "EOD-38", "Delivered to consignee"],
    ]);
    expect(t.scans.filter((s) => s.status === null)).toEqual([]);
    expect(t.deliveryAttempts).toBe(1); // DispatchCount 1: the call and the EOD-11 were one run
    expect(t.expectedDeliveryAt?.toISOString()).toBe("2024-09-22T18:29:59.000Z");
    expect(t.chargedWeightGrams).toBeNull();
  });
});

describe("Delhivery tracking: fields the samples leave empty", () => {
  const shipment = () => structuredClone(trackingDelivered).ShipmentData[0]!.Shipment;
  const answer = (s: ReturnType<typeof shipment>) => ({ ShipmentData: [{ Shipment: s }] });

  it("reads ChargedWeight as grams, a number or numeric text", () => {
    const s = shipment() as Record<string, unknown>;
    s.ChargedWeight = 500;
    expect(read(answer(s as never)).chargedWeightGrams).toBe(500);
    s.ChargedWeight = "1250.0";
    expect(read(answer(s as never)).chargedWeightGrams).toBe(1250);
  });

  it("counts runs out for delivery from the scans when DispatchCount is absent", () => {
    const s = shipment() as Record<string, unknown>;
    delete s.DispatchCount;
    expect(read(answer(s as never)).deliveryAttempts).toBe(1);
  });

  it("prefers the moved ExpectedDeliveryDate to the first promise, and the return promise on RTO", () => {
    const s = shipment();
    s.ExpectedDeliveryDate = "2024-09-23T23:59:59";
    expect(read(answer(s)).expectedDeliveryAt?.toISOString()).toBe("2024-09-23T18:29:59.000Z");
    Object.assign(s.Status, { Status: "In Transit", StatusType: "RT", StatusCode: "RT-101" });
    (s as Record<string, unknown>).ReturnPromisedDeliveryDate = "2024-09-27T23:59:59";
    const rto = read(answer(s));
    expect(rto.current?.status).toBe("RTO_IN_TRANSIT");
    expect(rto.expectedDeliveryAt?.toISOString()).toBe("2024-09-27T18:29:59.000Z");
  });
});

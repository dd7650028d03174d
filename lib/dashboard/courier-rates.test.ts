import { describe, expect, it } from "vitest";
import { courierZoneRates, type PerformanceGroup } from "./courier-rates";

const group = (over: Partial<PerformanceGroup>): PerformanceGroup => ({
  courier: "DELHIVERY",
  fromDistrict: "560",
  toDistrict: "560",
  shipments: 0,
  delivered: 0,
  rto: 0,
  promised: 0,
  onTime: 0,
  firstAttempt: 0,
  deliverDaysSum: 0,
  deliverDaysCount: 0,
  chargePaiseSum: 0,
  charged: 0,
  ...over,
});

describe("courierZoneRates", () => {
  it("folds districts of one zone together before dividing", () => {
    const [row, ...rest] = courierZoneRates([
      group({
        toDistrict: "560",
        shipments: 4,
        delivered: 3,
        rto: 1,
        promised: 3,
        onTime: 2,
        firstAttempt: 3,
        deliverDaysSum: 6,
        deliverDaysCount: 3,
        chargePaiseSum: 20000,
        charged: 4,
      }),
      group({
        fromDistrict: "560",
        toDistrict: "560",
        shipments: 1,
        delivered: 1,
        promised: 1,
        firstAttempt: 0,
        deliverDaysSum: 4,
        deliverDaysCount: 1,
        chargePaiseSum: 5001,
        charged: 1,
      }),
    ]);
    expect(rest).toEqual([]);
    expect(row).toEqual({
      courier: "DELHIVERY",
      zone: "CITY",
      shipments: 5,
      delivered: 4,
      rto: 1,
      onTimePercent: 50,
      rtoPercent: 20,
      firstAttemptPercent: 75,
      averageDaysToDeliver: 2.5,
      costPerShipmentPaise: 5000,
    });
  });

  it("says null, never 0 % or NaN, when there is nothing to divide by", () => {
    const [row] = courierZoneRates([group({ toDistrict: "110", shipments: 2 })]);
    expect(row).toMatchObject({
      zone: "REST",
      onTimePercent: null,
      rtoPercent: null,
      firstAttemptPercent: null,
      averageDaysToDeliver: null,
      costPerShipmentPaise: null,
    });
  });

  it("rounds percentages to one decimal and sorts by courier then zone", () => {
    const rows = courierZoneRates([
      group({ courier: "SHIPROCKET", toDistrict: "563", delivered: 3, promised: 3, onTime: 1 }),
      group({ courier: "EKART", toDistrict: "500", delivered: 1 }),
      group({ courier: "EKART", toDistrict: "560", delivered: 1 }),
      group({ courier: "EKART", toDistrict: "5x0", delivered: 9 }),
    ]);
    expect(rows.map((r) => `${r.courier}:${r.zone}`)).toEqual([
      "EKART:CITY",
      "EKART:REGION",
      "SHIPROCKET:STATE",
    ]);
    expect(rows[2]!.onTimePercent).toBe(33.3);
  });
});

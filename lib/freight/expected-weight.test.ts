import { describe, expect, it } from "vitest";
import { COURIER_FREIGHT_DEFAULTS } from "./courier-freight-defaults";
import { expectedWeight, judgeCharge, roundUpToSlab, volumetricGrams } from "./expected-weight";

const box = { lengthCm: 30, breadthCm: 25, heightCm: 20 }; // 15,000 cm³

describe("volumetric weight per courier divisor", () => {
  it("matches Shiprocket's published sample: 11 × 11 × 11 cm is 0.266 kg at 5000", () => {
    const cube = { lengthCm: 11, breadthCm: 11, heightCm: 11 };
    expect(volumetricGrams(cube, COURIER_FREIGHT_DEFAULTS.SHIPROCKET.volumetricDivisor)).toBe(267);
  });

  it("divides by the account's divisor: 5000 → 3 kg, 4000 → 3.75 kg, 6000 → 2.5 kg", () => {
    expect(volumetricGrams(box, 5000)).toBe(3000);
    expect(volumetricGrams(box, 4000)).toBe(3750);
    expect(volumetricGrams(box, 6000)).toBe(2500);
  });

  it("rounds a fraction of a gram up", () => {
    expect(volumetricGrams({ lengthCm: 7, breadthCm: 3, heightCm: 1 }, 5000)).toBe(5); // 4.2
  });
});

describe("slab rounding", () => {
  it("rounds up to the next slab and never below one slab", () => {
    expect(roundUpToSlab(1, 500)).toBe(500);
    expect(roundUpToSlab(500, 500)).toBe(500);
    expect(roundUpToSlab(501, 500)).toBe(1000);
    expect(roundUpToSlab(0, 500)).toBe(500);
    expect(roundUpToSlab(1201, 250)).toBe(1250);
  });
});

describe("expected charged weight", () => {
  const rule = { volumetricDivisor: 5000, slabGrams: 500 };

  it("charges the volume of a light parcel in a big box", () => {
    expect(expectedWeight({ deadWeightGrams: 800, box }, rule)).toEqual({
      volumetricGrams: 3000,
      expectedGrams: 3000,
    });
  });

  it("charges the dead weight of a heavy parcel in a small box, up to the slab", () => {
    expect(expectedWeight({ deadWeightGrams: 3120, box }, rule).expectedGrams).toBe(3500);
  });

  it("uses the dead weight alone when packing recorded no box", () => {
    expect(expectedWeight({ deadWeightGrams: 620, box: null }, rule)).toEqual({
      volumetricGrams: 0,
      expectedGrams: 1000,
    });
  });
});

describe("tolerance", () => {
  const rule = { toleranceGrams: 100, tolerancePercent: 10 };

  it("flags a charge above the larger of grams and percent", () => {
    expect(judgeCharge({ expectedGrams: 3000, chargedGrams: 3300 }, rule)).toEqual({
      excessGrams: 300,
      flagged: false,
    });
    expect(judgeCharge({ expectedGrams: 3000, chargedGrams: 3500 }, rule)).toEqual({
      excessGrams: 500,
      flagged: true,
    });
    expect(judgeCharge({ expectedGrams: 500, chargedGrams: 600 }, rule).flagged).toBe(false);
    expect(judgeCharge({ expectedGrams: 500, chargedGrams: 1000 }, rule).flagged).toBe(true);
  });

  it("never flags a charge at or below the expected weight", () => {
    const zero = { toleranceGrams: 0, tolerancePercent: 0 };
    expect(judgeCharge({ expectedGrams: 1000, chargedGrams: 500 }, zero).flagged).toBe(false);
    expect(judgeCharge({ expectedGrams: 1000, chargedGrams: 1000 }, zero).flagged).toBe(false);
  });
});

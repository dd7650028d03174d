import { describe, expect, it } from "vitest";
import { refundFor } from "./refund-policy";

const order = { subtotalPaise: 100_000, shippingPaise: 4_900, totalPaise: 104_900 };
const line = (over: Partial<Parameters<typeof refundFor>[0][number]>) => ({
  unitPricePaise: 50_000,
  expected: 1,
  good: 1,
  damaged: 0,
  missing: 0,
  ...over,
});

describe("refundFor", () => {
  it("refunds everything, shipping included, when the whole parcel came back", () => {
    const result = refundFor([line({}), line({ good: 0, damaged: 1 })], order);
    expect(result.amountPaise).toBe(104_900);
    expect(result.basis).toContain("shipping");
  });

  it("keeps shipping and missing units when part of the parcel is missing", () => {
    const result = refundFor([line({}), line({ good: 0, missing: 1 })], order);
    expect(result.amountPaise).toBe(50_000);
    expect(result.basis).toContain("shipping kept");
  });

  it("spreads a discount over the lines by value, rounding down", () => {
    const discounted = { subtotalPaise: 30_000, shippingPaise: 0, totalPaise: 20_000 };
    const lines = [
      line({ unitPricePaise: 10_000 }),
      line({ unitPricePaise: 20_000, good: 0, missing: 1 }),
    ];
    expect(refundFor(lines, discounted).amountPaise).toBe(6_666);
  });
});

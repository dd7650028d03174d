import { describe, expect, it } from "vitest";
import { packedAmounts } from "./packed-amounts";

const line = (unitPricePaise: number, qtyOrdered: number, qtyShort = 0) => ({
  unitPricePaise,
  qtyOrdered,
  qtyShort,
});

describe("packedAmounts", () => {
  it("changes nothing when nothing is short", () => {
    expect(
      packedAmounts({
        totalPaise: 224_400,
        shippingPaise: 0,
        codAmountPaise: 224_400,
        lines: [line(179_500, 1), line(44_900, 1)],
      }),
    ).toEqual({ reductionPaise: 0, codToCollectPaise: 224_400, refundDuePaise: 0 });
  });

  it("collects only what is in the box on a COD order (the issue's ₹2,244 with ₹449 short)", () => {
    expect(
      packedAmounts({
        totalPaise: 224_400,
        shippingPaise: 0,
        codAmountPaise: 224_400,
        lines: [line(179_500, 1), line(44_900, 1, 1)],
      }),
    ).toEqual({ reductionPaise: 44_900, codToCollectPaise: 179_500, refundDuePaise: 0 });
  });

  it("keeps shipping and shares the discount by value", () => {
    // goods 1,000 + 500 = 1,500 less a 300 discount = 1,200, shipping 50: total 1,250.
    // The 500 line is short: a third of the goods value, so a third of 1,200 = 400.
    expect(
      packedAmounts({
        totalPaise: 125_000,
        shippingPaise: 5_000,
        codAmountPaise: 125_000,
        lines: [line(100_000, 1), line(50_000, 1, 1)],
      }),
    ).toEqual({ reductionPaise: 40_000, codToCollectPaise: 85_000, refundDuePaise: 0 });
  });

  it("rounds half a paisa up", () => {
    // goods 100 paise over 3 equal lines, one short: 33.33… → 33; two short: 66.67 → 67
    const lines = (short: number) => [
      line(10, 1, short > 0 ? 1 : 0),
      line(10, 1, short > 1 ? 1 : 0),
      line(10, 1),
    ];
    expect(
      packedAmounts({ totalPaise: 100, shippingPaise: 0, codAmountPaise: 100, lines: lines(1) })
        .reductionPaise,
    ).toBe(33);
    expect(
      packedAmounts({ totalPaise: 100, shippingPaise: 0, codAmountPaise: 100, lines: lines(2) })
        .reductionPaise,
    ).toBe(67);
    // exactly half: goods 1 paisa, half the value short → 0.5 → 1
    expect(
      packedAmounts({ totalPaise: 1, shippingPaise: 0, codAmountPaise: 1, lines: [line(5, 2, 1)] })
        .reductionPaise,
    ).toBe(1);
  });

  it("owes a prepaid customer the whole reduction", () => {
    expect(
      packedAmounts({
        totalPaise: 224_400,
        shippingPaise: 0,
        codAmountPaise: 0,
        lines: [line(179_500, 1), line(44_900, 1, 1)],
      }),
    ).toEqual({ reductionPaise: 44_900, codToCollectPaise: 0, refundDuePaise: 44_900 });
  });

  it("refunds what a part-paid COD order paid beyond what is in the box", () => {
    // 2,000 total, 1,500 paid upfront, 500 on delivery; 800 of goods short
    expect(
      packedAmounts({
        totalPaise: 200_000,
        shippingPaise: 0,
        codAmountPaise: 50_000,
        lines: [line(120_000, 1), line(80_000, 1, 1)],
      }),
    ).toEqual({ reductionPaise: 80_000, codToCollectPaise: 0, refundDuePaise: 30_000 });
  });

  it("counts several units short on one line and stays exact on large orders", () => {
    const big = packedAmounts({
      totalPaise: 9_000_000_000,
      shippingPaise: 0,
      codAmountPaise: 9_000_000_000,
      lines: [line(3_000_000_000, 3, 2)],
    });
    expect(big).toEqual({
      reductionPaise: 6_000_000_000,
      codToCollectPaise: 3_000_000_000,
      refundDuePaise: 0,
    });
  });

  it("never reduces by more than the goods, whatever the short count says", () => {
    expect(
      packedAmounts({
        totalPaise: 10_000,
        shippingPaise: 1_000,
        codAmountPaise: 10_000,
        lines: [line(9_000, 1, 5)],
      }),
    ).toEqual({ reductionPaise: 9_000, codToCollectPaise: 1_000, refundDuePaise: 0 });
  });

  it("starts from the amount the order was placed with once a pack has lowered it", () => {
    const settled = {
      totalPaise: 224_400,
      shippingPaise: 0,
      codAmountPaise: 179_500,
      codOrderedPaise: 224_400,
      lines: [line(179_500, 1), line(44_900, 1, 1)],
    };
    expect(packedAmounts(settled).codToCollectPaise).toBe(179_500);
  });
});

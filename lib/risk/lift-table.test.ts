import { describe, expect, it } from "vitest";
import { liftTable } from "./lift-table";

describe("liftTable", () => {
  it("cuts orders by score into ten groups and divides the top group's RTO rate by the overall", () => {
    // 40 orders, scores 40 down to 1; the four highest and two others came back.
    const outcomes = Array.from({ length: 40 }, (_, i) => ({
      score: 40 - i,
      cameBack: i < 4 || i === 20 || i === 39,
    }));
    const lift = liftTable(outcomes);
    expect(lift).toMatchObject({ orders: 40, rto: 6, overallRate: 0.15 });
    expect(lift.deciles).toHaveLength(10);
    expect(lift.deciles[0]).toEqual({
      decile: 1,
      orders: 4,
      rto: 4,
      rate: 1,
      minScore: 37,
      maxScore: 40,
    });
    expect(lift.lift).toBeCloseTo(1 / 0.15, 10);
    expect(lift.deciles.reduce((sum, d) => sum + d.rto, 0)).toBe(6);
  });

  it("spreads a count that ten does not divide, and keeps equal scores in the given order", () => {
    const lift = liftTable(Array.from({ length: 13 }, (_, i) => ({ score: 5, cameBack: i === 0 })));
    expect(lift.deciles.map((d) => d.orders)).toEqual([1, 1, 1, 2, 1, 1, 2, 1, 1, 2]);
    expect(lift.deciles[0]!.rto).toBe(1);
  });

  it("gives no figure without ten orders or without an RTO", () => {
    expect(liftTable([{ score: 50, cameBack: true }]).lift).toBeNull();
    const none = liftTable(Array.from({ length: 20 }, (_, i) => ({ score: i, cameBack: false })));
    expect(none.lift).toBeNull();
    expect(none.overallRate).toBe(0);
  });
});

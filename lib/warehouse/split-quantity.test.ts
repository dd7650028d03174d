import { describe, expect, it } from "vitest";
import { distinctOrderNumbers, splitQuantity } from "./split-quantity";
import { groupPickList, type PickListSku } from "./group-pick-list";
import { startOfIstDay } from "./get-pick-list-stats";

const line = (id: string, open: number) => ({
  id,
  orderId: `o-${id}`,
  orderNumber: `N-${id}`,
  open,
});

describe("splitQuantity", () => {
  it("fills lines in the order given and stops at the quantity", () => {
    expect(splitQuantity([line("a", 2), line("b", 3), line("c", 1)], 4)).toEqual([
      { lineId: "a", orderId: "o-a", orderNumber: "N-a", qty: 2 },
      { lineId: "b", orderId: "o-b", orderNumber: "N-b", qty: 2 },
    ]);
  });
  it("never gives more than the lines need, and skips closed lines", () => {
    const shares = splitQuantity([line("a", 0), line("b", 1)], 10);
    expect(shares.map((s) => [s.lineId, s.qty])).toEqual([["b", 1]]);
    expect(splitQuantity([], 3)).toEqual([]);
  });
  it("lists each order once", () => {
    expect(
      distinctOrderNumbers([{ orderNumber: "A" }, { orderNumber: "B" }, { orderNumber: "A" }]),
    ).toEqual(["A", "B"]);
  });
});

describe("groupPickList", () => {
  const sku = (s: string, category: string, subcategory: string) =>
    ({ sku: s, category, subcategory }) as PickListSku;
  it("keeps the walking order while grouping", () => {
    const groups = groupPickList([sku("1", "A", "x"), sku("2", "A", "y"), sku("3", "B", "x")]);
    expect(
      groups.map((g) => [g.category, g.subcategories.map((s) => s.skus.map((k) => k.sku))]),
    ).toEqual([
      ["A", [["1"], ["2"]]],
      ["B", [["3"]]],
    ]);
  });
});

describe("startOfIstDay", () => {
  it("is 18:30 UTC the day before", () => {
    expect(startOfIstDay(new Date("2026-11-22T10:00:00Z")).toISOString()).toBe(
      "2026-11-21T18:30:00.000Z",
    );
    expect(startOfIstDay(new Date("2026-11-22T19:00:00Z")).toISOString()).toBe(
      "2026-11-22T18:30:00.000Z",
    );
  });
});

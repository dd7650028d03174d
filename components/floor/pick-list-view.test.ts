import { describe, expect, it } from "vitest";
import type { PickListSku } from "@/lib/warehouse/group-pick-list";
import {
  adjustSku,
  allSkus,
  matchesCode,
  nextToPick,
  withPending,
  type PickListPages,
} from "./pick-list-view";

const sku = (code: string, remaining: number): PickListSku => ({
  sku: code,
  title: code,
  imageUrl: null,
  binLocation: "A-01",
  barcode: `890${code}`,
  category: "Home",
  subcategory: "Kitchen",
  qtyOrdered: remaining,
  qtyPicked: 0,
  qtyShort: 0,
  remaining,
  openLines: 1,
  waiting: [],
});

const pages = (...skus: PickListSku[]): PickListPages => ({
  pageParams: [undefined],
  pages: [
    {
      exactSku: null,
      nextCursor: null,
      groups: [{ category: "Home", subcategories: [{ subcategory: "Kitchen", skus }] }],
    },
  ],
});

describe("pick list view", () => {
  it("matches a SKU case-insensitively or its barcode exactly", () => {
    expect(matchesCode(sku("ab-1", 1), "AB-1")).toBe(true);
    expect(matchesCode(sku("ab-1", 1), "890ab-1")).toBe(true);
    expect(matchesCode(sku("ab-1", 1), "AB")).toBe(false);
  });

  it("takes queued picks off the list, never below zero", () => {
    const view = withPending(pages(sku("A", 3), sku("B", 2)), [
      { kind: "pick", code: "A", qty: 1 },
      { kind: "pick", code: "890A", qty: 1 },
      { kind: "pick", code: "B", qty: 5 },
    ]);
    expect(allSkus(view).map((s) => [s.sku, s.qtyPicked, s.remaining])).toEqual([
      ["A", 2, 1],
      ["B", 2, 0],
    ]);
  });

  it("marks short only what is still open after picks", () => {
    expect(adjustSku(sku("A", 3), { picked: 2, short: 5 })).toMatchObject({
      qtyPicked: 2,
      qtyShort: 1,
      remaining: 0,
    });
  });

  it("applies queued shorts after the picks queued before them", () => {
    const view = withPending(pages(sku("A", 4)), [
      { kind: "pick", code: "A", qty: 3 },
      { kind: "short", code: "A", qty: 2 },
    ]);
    expect(allSkus(view).map((s) => [s.qtyPicked, s.qtyShort, s.remaining])).toEqual([[3, 1, 0]]);
  });

  it("finds the next bin to walk to after the current one, wrapping round", () => {
    const skus = [sku("A", 1), sku("B", 0), sku("C", 2), sku("D", 1)];
    expect(nextToPick(skus, null)?.sku).toBe("A");
    expect(nextToPick(skus, "A")?.sku).toBe("C");
    expect(nextToPick(skus, "D")?.sku).toBe("A");
    expect(nextToPick(skus, "gone")?.sku).toBe("A");
    expect(nextToPick([sku("A", 1)], "A")).toBeNull();
  });
});

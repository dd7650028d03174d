import { describe, expect, it } from "vitest";
import { fitInto, labelSheet, sheetCount } from "./label-sheet";

const label4x6 = { width: 288, height: 432 };
const inside =
  (outer: { x: number; y: number; width: number; height: number }) => (inner: typeof outer) =>
    inner.x >= outer.x - 1e-9 &&
    inner.y >= outer.y - 1e-9 &&
    inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
    inner.y + inner.height <= outer.y + outer.height + 1e-9;

describe("label sheets", () => {
  it("prints a 4×6 label at its true size on a 4×6 thermal page", () => {
    const sheet = labelSheet("THERMAL_4X6");
    expect([sheet.width, sheet.height]).toEqual([288, 432]);
    expect(fitInto(sheet.slots[0]!, label4x6)).toEqual({ x: 0, y: 0, width: 288, height: 432 });
  });

  it("puts four labels on an A4 sheet, top-left first, none overlapping, all inside the page", () => {
    const sheet = labelSheet("A4_FOUR_UP");
    expect(sheet.slots).toHaveLength(4);
    const page = { x: 0, y: 0, width: sheet.width, height: sheet.height };
    expect(sheet.slots.every(inside(page))).toBe(true);
    const [topLeft, topRight, bottomLeft, bottomRight] = sheet.slots;
    expect(topLeft!.y).toBeGreaterThan(bottomLeft!.y);
    expect(topRight!.x).toBeGreaterThan(topLeft!.x);
    expect(bottomRight!.x).toBe(topRight!.x);
    // the gutter: the right column starts after the left ends, the top row above the bottom
    expect(topRight!.x).toBeGreaterThan(topLeft!.x + topLeft!.width);
    expect(bottomLeft!.y + bottomLeft!.height).toBeLessThan(topLeft!.y);
  });

  it("draws the cut lines in the gutters, between the labels, not across them", () => {
    const sheet = labelSheet("A4_FOUR_UP");
    const [vertical, horizontal] = sheet.cuts;
    const [topLeft, topRight, bottomLeft] = sheet.slots;
    expect(vertical![0]).toBeGreaterThan(topLeft!.x + topLeft!.width);
    expect(vertical![0]).toBeLessThan(topRight!.x);
    expect(horizontal![1]).toBeGreaterThan(bottomLeft!.y + bottomLeft!.height);
    expect(horizontal![1]).toBeLessThan(topLeft!.y);
  });

  it("scales a 4×6 label down into an A4 quarter, aspect kept and centred", () => {
    const slot = labelSheet("A4_FOUR_UP").slots[0]!;
    const placed = fitInto(slot, label4x6);
    expect(placed.width / placed.height).toBeCloseTo(288 / 432, 9);
    expect(inside(slot)(placed)).toBe(true);
    // the tighter side touches the slot, the other is centred
    expect(placed.height).toBeCloseTo(slot.height, 9);
    expect(placed.x - slot.x).toBeCloseTo(slot.x + slot.width - (placed.x + placed.width), 9);
  });

  it("fits an A4 courier label whole into a 4×6 page instead of cropping it", () => {
    const slot = labelSheet("THERMAL_4X6").slots[0]!;
    const placed = fitInto(slot, { width: 595.28, height: 841.89 });
    expect(inside(slot)(placed)).toBe(true);
    expect(placed.width / placed.height).toBeCloseTo(595.28 / 841.89, 9);
    expect(placed.width).toBeCloseTo(288, 9);
  });

  it("counts sheets: one a label on thermal, one per four on A4", () => {
    expect(sheetCount("THERMAL_4X6", 30)).toBe(30);
    expect(sheetCount("A4_FOUR_UP", 30)).toBe(8);
    expect(sheetCount("A4_FOUR_UP", 4)).toBe(1);
    expect(sheetCount("A4_FOUR_UP", 0)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { compareBins, parseBin, walkingOrder } from "./bin-path";

describe("parseBin", () => {
  it("reads the full convention and the seed's compact style", () => {
    expect(parseBin("A-03-2-B")).toEqual({ zone: "A", aisle: 3, rack: 2, level: "B" });
    expect(parseBin("h01-04")).toEqual({ zone: "H", aisle: 1, rack: 4, level: "" });
    expect(parseBin(" FA-12-7 ")).toEqual({ zone: "FA", aisle: 12, rack: 7, level: "" });
  });

  it("refuses codes that do not name a place", () => {
    for (const code of ["", "A", "A-03", "03-2-B", "A-03-2-B-C", "A--03-2", "A-3-2-LONG"]) {
      expect(parseBin(code)).toBeNull();
    }
  });
});

describe("walking order", () => {
  it("walks zones, then aisles, racks up odd aisles and down even ones", () => {
    const bins = [
      "B-01-1",
      "A-02-1",
      "A-01-3",
      "A-02-4",
      "A-01-1",
      "A-03-2",
      "A-01-2-B",
      "A-01-2-A",
    ];
    expect(walkingOrder(bins, (b) => b)).toEqual([
      "A-01-1",
      "A-01-2-A",
      "A-01-2-B",
      "A-01-3",
      "A-02-4",
      "A-02-1",
      "A-03-2",
      "B-01-1",
    ]);
  });

  it("puts bins that do not parse, then no bin, after every real place", () => {
    const items = [{ bin: null }, { bin: "SHELF?" }, { bin: "Z-99-1" }, { bin: "DOCK" }];
    expect(walkingOrder(items, (i) => i.bin).map((i) => i.bin)).toEqual([
      "Z-99-1",
      "DOCK",
      "SHELF?",
      null,
    ]);
  });

  it("treats the compact and hyphenated spellings of one place alike", () => {
    expect(compareBins("A01-02", "A-01-02")).toBe(0);
    expect(compareBins("A01-02", "A-01-03")).toBeLessThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { FieldProblems, joinWithin, normalisePhone, wrapLines } from "./field-checks";

describe("normalisePhone", () => {
  it.each([
    ["+91 98123 45670", "9812345670"],
    ["919812345670", "9812345670"],
    ["09812345670", "9812345670"],
    ["98123-45670", "9812345670"],
  ])("%s → %s", (raw, want) => expect(normalisePhone(raw)).toBe(want));
  it.each(["12", "5812345670", "+1 415 555 0100", ""])("rejects %s", (raw) =>
    expect(normalisePhone(raw)).toBeNull(),
  );
});

describe("address limits", () => {
  it("wraps between words onto the next line instead of cutting", () => {
    expect(wrapLines("Plot 14 Industrial Area Phase 2 Near Metro Pillar 77", [20, 20, 20])).toEqual(
      ["Plot 14 Industrial", "Area Phase 2 Near", "Metro Pillar 77"],
    );
  });
  it("reports text that cannot fit", () => {
    expect(wrapLines("a ".repeat(40), [10, 10])).toBeNull();
  });
  it("names the field that makes a joined address too long", () => {
    const problems = new FieldProblems();
    joinWithin(
      [
        { field: "drop.line1", value: "x".repeat(300) },
        { field: "drop.line2", value: "y" },
      ],
      255,
      problems,
    );
    expect(() => problems.throwIfAny("EKART")).toThrow(/drop\.line1/);
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { istDayRange, istToday } from "./ist-day-range";

describe("istDayRange", () => {
  it("maps IST calendar days to UTC instants, end exclusive", () => {
    const range = istDayRange({ from: "2026-11-01", to: "2026-11-02" });
    expect(range.start.toISOString()).toBe("2026-10-31T18:30:00.000Z");
    expect(range.end.toISOString()).toBe("2026-11-02T18:30:00.000Z");
  });

  it("defaults to the last seven IST days, counting today in India", () => {
    // 20:00 UTC on 21 Nov is already 22 Nov in India.
    const now = new Date("2026-11-21T20:00:00Z");
    expect(istToday(now)).toBe("2026-11-22");
    expect(istDayRange({}, now)).toMatchObject({ from: "2026-11-16", to: "2026-11-22" });
  });

  it("refuses a reversed or over-long range", () => {
    expect(() => istDayRange({ from: "2026-11-03", to: "2026-11-02" })).toThrow(AppError);
    expect(() => istDayRange({ from: "2024-01-01", to: "2026-01-01" })).toThrow(/at most 366/);
  });
});

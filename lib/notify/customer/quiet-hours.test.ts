import { describe, expect, it } from "vitest";
import { releaseTime } from "./quiet-hours";

const ist = (hhmm: string, day = "2026-12-06") => new Date(`${day}T${hhmm}:00+05:30`);
const night = { start: "21:00", end: "09:00" };

describe("quiet hours (IST)", () => {
  it("lets a message through outside the window", () => {
    expect(releaseTime(ist("10:15"), night)).toEqual(ist("10:15"));
    expect(releaseTime(ist("20:59"), night)).toEqual(ist("20:59"));
  });
  it("holds a message in the evening until the next morning, and after midnight until 09:00", () => {
    expect(releaseTime(ist("22:30"), night)).toEqual(ist("09:00", "2026-12-07"));
    expect(releaseTime(ist("03:10"), night)).toEqual(ist("09:00"));
  });
  it("handles a window within one day and no window", () => {
    expect(releaseTime(ist("13:30"), { start: "13:00", end: "14:00" })).toEqual(ist("14:00"));
    expect(releaseTime(ist("03:10"), null)).toEqual(ist("03:10"));
  });
});

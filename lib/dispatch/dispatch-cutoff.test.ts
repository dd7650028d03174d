import { describe, expect, it } from "vitest";
import { lastCutoff } from "./dispatch-cutoff";

describe("the last cut-off that has passed", () => {
  it("is today's once the cut-off time has come in India", () => {
    // 17:30 IST on 6 Dec is 12:00 UTC
    expect(lastCutoff("17:00", new Date("2026-12-06T12:00:00Z")).toISOString()).toBe(
      "2026-12-06T11:30:00.000Z",
    );
    expect(lastCutoff("17:00", new Date("2026-12-06T11:30:00Z")).toISOString()).toBe(
      "2026-12-06T11:30:00.000Z",
    );
  });

  it("is yesterday's before it, counting the day in India, not in UTC", () => {
    expect(lastCutoff("17:00", new Date("2026-12-06T11:29:00Z")).toISOString()).toBe(
      "2026-12-05T11:30:00.000Z",
    );
    // 01:00 IST on 7 Dec is still 6 Dec in UTC; 00:15 IST on 7 Dec is before that day's 00:30
    expect(lastCutoff("17:00", new Date("2026-12-06T19:30:00Z")).toISOString()).toBe(
      "2026-12-06T11:30:00.000Z",
    );
    expect(lastCutoff("00:30", new Date("2026-12-06T18:45:00Z")).toISOString()).toBe(
      "2026-12-05T19:00:00.000Z",
    );
  });
});

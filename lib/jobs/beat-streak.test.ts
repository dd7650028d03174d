import { describe, expect, it } from "vitest";
import { BeatStreak } from "./beat-streak";

describe("BeatStreak", () => {
  it("allows reaping only after beating for the whole window without a miss", () => {
    const streak = new BeatStreak(20_000);
    expect(streak.mayReap(0)).toBe(false);
    streak.beat(1_000);
    streak.beat(6_000);
    expect(streak.mayReap(20_999)).toBe(false);
    expect(streak.mayReap(21_000)).toBe(true);
  });

  it("starts over after a missed beat, so a worker back from an outage waits a full window", () => {
    const streak = new BeatStreak(20_000);
    streak.beat(0);
    expect(streak.mayReap(30_000)).toBe(true);
    expect(streak.missed()).toBe(true);
    expect(streak.mayReap(30_000)).toBe(false);
    expect(streak.missed()).toBe(false); // still out: not a new outage
    streak.beat(40_000);
    expect(streak.mayReap(59_999)).toBe(false);
    expect(streak.mayReap(60_000)).toBe(true);
  });
});

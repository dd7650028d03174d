import { describe, expect, it } from "vitest";
import { nextPickupWindow, requestPickupBody } from "./dispatch";

describe("pickup windows", () => {
  it("offers the first window that has not ended in India, else tomorrow's first", () => {
    // 12:30 IST
    expect(nextPickupWindow(new Date("2026-12-06T07:00:00Z"))).toEqual({
      date: "2026-12-06",
      slot: "10:00-13:00",
    });
    // 13:00 IST: the morning window has just ended
    expect(nextPickupWindow(new Date("2026-12-06T07:30:00Z"))).toEqual({
      date: "2026-12-06",
      slot: "13:00-16:00",
    });
    // 19:10 IST
    expect(nextPickupWindow(new Date("2026-12-06T13:40:00Z"))).toEqual({
      date: "2026-12-07",
      slot: "10:00-13:00",
    });
  });

  it("refuses a day that has passed and a window that has ended today", () => {
    const yesterday = requestPickupBody.safeParse({ date: "2020-01-01", slot: "10:00-13:00" });
    expect(yesterday.error?.issues[0]?.message).toBe(
      "The pickup day has passed: choose today or later.",
    );
    expect(requestPickupBody.safeParse(nextPickupWindow()).success).toBe(true);
    expect(requestPickupBody.safeParse({ date: "2026-02-30", slot: "10:00-13:00" }).success).toBe(
      false,
    );
  });
});

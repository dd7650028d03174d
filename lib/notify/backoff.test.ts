import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles per attempt within the jitter window", () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(3, () => 1)).toBe(120_000);
  });

  it("never waits more than 30 minutes", () => {
    expect(retryDelayMs(20, () => 1)).toBe(1_800_000);
    expect(retryDelayMs(20, () => 0)).toBe(900_000);
  });
});

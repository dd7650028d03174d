import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SharedRateLimiter } from "./rate-limiter";

// Two SharedRateLimiter instances over one database stand for two processes: each leases its own
// batches from the shared schedule and hands them out from its own memory.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The most timestamps inside any window [t, t + windowMs). */
const mostInWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));

const fire = async (limiter: SharedRateLimiter, into: number[]) => {
  const waited = await limiter.acquire();
  expect(waited).not.toBeNull();
  into.push(Date.now());
};

describe("shared rate limiter", () => {
  it("keeps two processes under N per rolling window through bursts", async () => {
    const limit = { points: 10, durationMs: 500 };
    const a = new SharedRateLimiter("test:bursty", limit);
    const b = new SharedRateLimiter("test:bursty", limit);
    const times: number[] = [];
    // bursts of uneven size from both sides, some arriving while the others still wait
    const bursts = [
      [a, 12],
      [b, 9],
      [a, 3],
      [b, 14],
      [a, 7],
    ] as const;
    const calls: Promise<void>[] = [];
    for (const [limiter, size] of bursts) {
      for (let i = 0; i < size; i++) calls.push(fire(limiter, times));
      await sleep(120);
    }
    await Promise.all(calls);
    expect(times).toHaveLength(45);
    expect(mostInWindow(times, 500)).toBeLessThanOrEqual(10);
    const perClockWindow = new Map<number, number>();
    for (const t of times)
      perClockWindow.set(Math.floor(t / 500), (perClockWindow.get(Math.floor(t / 500)) ?? 0) + 1);
    expect(Math.max(...perClockWindow.values())).toBeLessThanOrEqual(10);
    // each process leased in batches rather than once per call, and used every slot it fired on
    expect(a.stats.used + b.stats.used).toBe(45);
    expect(a.stats.leases + b.stats.leases).toBeLessThan(45);
  });

  it("lets leased slots nobody takes expire without breaking the limit", async () => {
    const limit = { points: 100, durationMs: 1000 };
    const a = new SharedRateLimiter("test:unused", limit);
    const b = new SharedRateLimiter("test:unused", limit);
    // dense slots: a lone call also takes the few that fit in the lateness allowance
    await a.acquire();
    expect(a.stats).toMatchObject({ leases: 1, used: 1 });
    const spare = a.stats.leased - 1;
    expect(spare).toBeGreaterThan(0);
    await sleep(150);
    const times: number[] = [];
    await Promise.all(Array.from({ length: 160 }, (_, i) => fire(i % 3 ? b : a, times)));
    expect(a.stats.expired).toBeGreaterThanOrEqual(spare);
    expect(mostInWindow(times, 1000)).toBeLessThanOrEqual(100);
  });

  it("fails callers it cannot serve within maxWaitMs and reserves nothing for them", async () => {
    const limiter = new SharedRateLimiter("test:full", {
      points: 2,
      durationMs: 1000,
      maxWaitMs: 1000,
    });
    const answers = await Promise.all(Array.from({ length: 5 }, () => limiter.acquire()));
    expect(answers.filter((w) => w === null)).toHaveLength(3);
    const row = await db.rateLimitWindow.findUnique({ where: { key: "test:full" } });
    // two slots granted, 530 ms apart: the schedule ends one interval after the second
    expect(limiter.stats.leased).toBe(2);
    expect(row!.windowStart.getTime()).toBeLessThan(Date.now() + 2 * 530 + 5);
  });
});

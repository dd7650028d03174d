import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { connectionConfig, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeExpiredRateLimits } from "./purge-expired-rate-limits";
import { rateLimit, type RateLimitSpec } from "./rate-limit";

// A second client with its own pool stands for a second web process.
const other = new PrismaClient({ adapter: new PrismaPg(connectionConfig()) });
afterAll(() => other.$disconnect());

const spec = (name: string, extra: Partial<RateLimitSpec> = {}): RateLimitSpec => ({
  name,
  points: 5,
  durationSeconds: 60,
  refusal: (s) => `Slow down; try again in ${s} seconds.`,
  ...extra,
});

async function outcome(p: Promise<unknown>): Promise<"ok" | number> {
  try {
    await p;
    return "ok";
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return error.retryAfterSeconds!;
    throw error;
  }
}

const row = (key: string) => db.rateLimitCounter.findUnique({ where: { key } });

describe("rateLimit over PostgreSQL", () => {
  it.each([
    ["shared", false],
    ["shared-lazy", true],
  ])(
    "shares one limit %s between two processes: exactly its points get through",
    async (name, lazyCommit) => {
      const a = rateLimit(spec(name, { lazyCommit }));
      const b = rateLimit(spec(name, { lazyCommit }), other);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => outcome((i % 2 ? a : b).consume("client-1"))),
      );
      expect(results.filter((r) => r === "ok")).toHaveLength(5);
      const refused = results.filter((r) => r !== "ok");
      expect(refused).toHaveLength(7);
      for (const seconds of refused) expect(seconds).toBeGreaterThan(0);
      expect((await row(`${name}:client-1`))?.points).toBe(12);
      await expect(b.consume("client-2")).resolves.toMatchObject({ spent: 1, remaining: 4 });
    },
  );

  it("refuses with the limit's sentence and a Retry-After", async () => {
    const limit = rateLimit(spec("sentence", { points: 1 }));
    await limit.consume("k");
    const error = await limit.consume("k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect((error as AppError).message).toMatch(/^Slow down; try again in \d+ seconds\.$/);
    expect((error as AppError).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("charges without refusing, then check refuses without spending", async () => {
    const limit = rateLimit(spec("charge"));
    await expect(limit.charge("k", 7)).resolves.toMatchObject({ spent: 7, remaining: 0 });
    await expect(limit.check("k")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await row("charge:k"))?.points).toBe(7);
    await limit.refund("k", 3);
    await expect(limit.check("k")).resolves.toBeUndefined();
  });

  it("blocks for blockSeconds once over the limit", async () => {
    const limit = rateLimit(
      spec("blocking", { points: 2, durationSeconds: 10, blockSeconds: 300 }),
    );
    await limit.consume("k");
    await limit.consume("k");
    expect(await outcome(limit.consume("k"))).toBeGreaterThan(200);
    await limit.block("other", 30);
    expect(await outcome(limit.consume("other"))).toBeGreaterThan(20);
  });

  it("opens a window of the given length when asked", async () => {
    const gate = rateLimit(spec("gate", { points: 1, durationSeconds: 900 }));
    await expect(gate.consume("k", { windowSeconds: 40 })).resolves.toMatchObject({
      resetsInSeconds: 40,
    });
    const seconds = await outcome(gate.consume("k", { windowSeconds: 80 }));
    expect(seconds).toBeGreaterThan(30);
    expect(seconds).toBeLessThanOrEqual(40);
  });

  it("starts again once the window has ended", async () => {
    const limit = rateLimit(spec("window", { points: 1 }));
    await limit.consume("k");
    await db.rateLimitCounter.update({
      where: { key: "window:k" },
      data: { expire: BigInt(Date.now() - 1) },
    });
    await expect(limit.consume("k")).resolves.toMatchObject({ spent: 1 });
  });

  it("resets one key, or every key that starts alike, and says who is refused until when", async () => {
    const limit = rateLimit(spec("reset", { points: 1 }));
    for (const key of ["a@x.test 10.0.0.1", "a@x.test 10.0.0.2", "ab@x.test 10.0.0.1"]) {
      await limit.consume(key);
    }
    await limit.charge("b@x.test", 0);
    const until = await limit.refusingUntil(["a@x.test ", "ab@x.test ", "b@x.test", "c@x.test"]);
    expect([...until.keys()].sort()).toEqual(["a@x.test ", "ab@x.test "]);
    expect(until.get("a@x.test ")!.getTime()).toBeGreaterThan(Date.now());

    expect(await limit.resetStartingWith("a@x.test ")).toBe(2);
    expect(await row("reset:ab@x.test 10.0.0.1")).not.toBeNull();
    await limit.reset("ab@x.test 10.0.0.1");
    expect(await db.rateLimitCounter.count({ where: { key: { startsWith: "reset:a" } } })).toBe(0);
  });

  it("purges ended windows and keeps live ones", async () => {
    const limit = rateLimit(spec("purge"));
    await limit.consume("ended");
    await limit.consume("live");
    await db.rateLimitCounter.update({
      where: { key: "purge:ended" },
      data: { expire: BigInt(Date.now() - 1000) },
    });
    expect(await purgeExpiredRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await row("purge:ended")).toBeNull();
    expect(await row("purge:live")).not.toBeNull();
  });
});

import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { db, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { prismaStoreClient } from "./prisma-store-client";

/**
 * Rate limits shared by every web process: rate-limiter-flexible's PostgreSQL store over the
 * table "RateLimitCounter" (a Prisma migration creates it), one row per limited key. Each
 * consume is one atomic upsert, so two processes spending from the same key never both get the
 * last point. Windows are fixed: they start at a key's first point and last `durationSeconds`.
 * Expired rows are deleted by the worker (purge-expired-rate-limits.ts).
 */
export interface RateLimitSpec {
  /** Prefix of every key of this limit, e.g. "tracking-client"; one name, one meaning. */
  name: string;
  /** Points a key may spend in one window. */
  points: number;
  /** The window, in seconds (at least 1: a window that never ends would never be purged). */
  durationSeconds: number;
  /** Once over the limit, refuse the key this long instead of for the rest of the window. */
  blockSeconds?: number;
  /** The sentence a refused person reads, given how long they have to wait. */
  refusal: (retryAfterSeconds: number) => string;
  /**
   * Counts written without waiting for the disk (prisma-store-client.ts): for a limit on every
   * request of a hot path, where a few counts lost in a database crash do no harm.
   */
  lazyCommit?: boolean;
}

export interface RateLimitUsage {
  /** Points spent in the current window. */
  spent: number;
  /** Points left before this key is refused. */
  remaining: number;
  /** Seconds until the window (or a block) ends; 0 when nothing is counted. */
  resetsInSeconds: number;
}

export interface RateLimit {
  readonly name: string;
  /** Spends points (default 1); throws RATE_LIMITED with Retry-After when that goes over. A
   *  window opened by this call lasts `windowSeconds` if given, else the limit's duration. */
  consume(
    key: string,
    options?: { points?: number; windowSeconds?: number },
  ): Promise<RateLimitUsage>;
  /** Adds points without refusing this call: a cost learnt afterwards (a miss, a failure). */
  charge(key: string, points?: number): Promise<RateLimitUsage>;
  /** Gives points back, e.g. for an attempt that turned out to be legitimate. */
  refund(key: string, points?: number): Promise<void>;
  /** Throws RATE_LIMITED if one more point would be refused now; spends nothing. */
  check(key: string): Promise<void>;
  /** Refuses the key for the next `seconds`. */
  block(key: string, seconds: number): Promise<void>;
  /** Forgets the key. */
  reset(key: string): Promise<void>;
  /** Forgets every key that starts with `keyStart` (keys are built most general part first). */
  resetStartingWith(keyStart: string): Promise<number>;
  /** For each key start, when the last refusal among its keys ends (only those refused now). */
  refusingUntil(keyStarts: string[]): Promise<Map<string, Date>>;
}

export const RATE_LIMIT_TABLE = "RateLimitCounter";

function usage(res: RateLimiterRes): RateLimitUsage {
  return {
    spent: res.consumedPoints,
    remaining: res.remainingPoints,
    resetsInSeconds: res.msBeforeNext > 0 ? Math.ceil(res.msBeforeNext / 1000) : 0,
  };
}

/** A named limit. `client` is the app's Prisma client; tests pass another to act as a second process. */
export function rateLimit(spec: RateLimitSpec, client: Db = db): RateLimit {
  if (!(spec.durationSeconds >= 1)) throw new Error(`${spec.name}: durationSeconds must be >= 1`);
  const limiter = new RateLimiterPostgres({
    storeClient: prismaStoreClient(client, { lazyCommit: spec.lazyCommit }),
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: spec.name,
    points: spec.points,
    duration: spec.durationSeconds,
    blockDuration: spec.blockSeconds ?? 0,
  });
  const refused = (msBeforeNext: number) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    return new AppError("RATE_LIMITED", spec.refusal(retryAfterSeconds), { retryAfterSeconds });
  };
  const stored = (keyStart: string) => limiter.getKey(keyStart);

  return {
    name: spec.name,
    async consume(key, options = {}) {
      const custom = options.windowSeconds ? { customDuration: options.windowSeconds } : {};
      try {
        return usage(await limiter.consume(key, options.points ?? 1, custom));
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refused(error.msBeforeNext);
        throw error;
      }
    },
    async charge(key, points = 1) {
      return usage(await limiter.penalty(key, points));
    },
    async refund(key, points = 1) {
      await limiter.reward(key, points);
    },
    async check(key) {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= spec.points) throw refused(res.msBeforeNext);
    },
    async block(key, seconds) {
      await limiter.block(key, seconds);
    },
    async reset(key) {
      await limiter.delete(key);
    },
    async resetStartingWith(keyStart) {
      return client.$executeRaw`
        DELETE FROM "RateLimitCounter" WHERE starts_with(key, ${stored(keyStart)})`;
    },
    async refusingUntil(keyStarts) {
      if (keyStarts.length === 0) return new Map();
      const rows = await client.$queryRaw<{ start: string; until: bigint }[]>`
        SELECT s.start, max(c.expire) AS until
          FROM unnest(${keyStarts.map(stored)}::text[]) AS s(start)
          JOIN "RateLimitCounter" c ON starts_with(c.key, s.start)
         WHERE c.points >= ${spec.points} AND c.expire > ${Date.now()}
         GROUP BY s.start`;
      return new Map(rows.map((r) => [limiter.parseKey(r.start), new Date(Number(r.until))]));
    },
  };
}

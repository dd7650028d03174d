import { db } from "@/lib/db";
import type { EndpointLimit } from "./types";

/**
 * A courier endpoint's rate limit shared by every process, kept in PostgreSQL (RateLimitWindow,
 * where for these keys `windowStart` holds the next free slot and `count` the slots handed out).
 *
 * Callers WAIT for a slot instead of failing: each call reserves the next slot in one atomic
 * upsert (the row lock serialises processes) and sleeps until it, so calls are spaced evenly,
 * `durationMs / points` apart, plus 4% so that timer and network jitter cannot push one extra
 * call into any second at the courier's end. The clock is the database's, so processes on
 * different machines agree. rate-limiter-flexible's Postgres store was the alternative; it
 * counts fixed windows and rejects, and its waiting queue lives in one process only, which lets
 * bursts at window edges exceed a per-second limit at the courier.
 *
 * Slot times come from the database clock and are waited for on the local clock: the hosts'
 * clocks must agree to a few ms (NTP). Returns how long the caller waited, or null when no slot is free within `maxWaitMs` (nothing
 * is reserved then, so an overload does not push the queue further out).
 */
export async function acquireSlot(key: string, limit: EndpointLimit): Promise<number | null> {
  const started = Date.now();
  // A caller that wakes up late (busy event loop, slow pool) gives its slot up and takes a new
  // one: firing late would bunch it up with the calls behind it. The 4% spacing margin covers
  // lateness up to `tolerance`: 11 calls span at least 10 × 1.04 intervals − 3.5% > durationMs.
  const toleranceMs = limit.durationMs * 0.035;
  for (let tries = 0; ; tries++) {
    const slotAt = await reserve(key, limit);
    if (slotAt === null) return null;
    const waitMs = slotAt - Date.now();
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    if (Date.now() - slotAt <= toleranceMs || tries >= 3) return Date.now() - started;
  }
}

/** Reserves the next slot; its time (epoch ms, the database's clock) or null when too far out. */
async function reserve(key: string, limit: EndpointLimit): Promise<number | null> {
  const intervalMs = (limit.durationMs / limit.points) * 1.04;
  const maxWaitMs = limit.maxWaitMs ?? 60_000;
  const rows = await db.$queryRaw<{ slotAt: number }[]>`
    WITH c AS (SELECT clock_timestamp() AT TIME ZONE 'UTC' AS now)
    INSERT INTO "RateLimitWindow" AS w (key, "windowStart", count)
    SELECT ${key}, c.now + make_interval(secs => ${intervalMs}::float8 / 1000), 1 FROM c
    ON CONFLICT (key) DO UPDATE
      SET "windowStart" = GREATEST(w."windowStart", (SELECT now FROM c))
                          + make_interval(secs => ${intervalMs}::float8 / 1000),
          count = w.count + 1
      WHERE w."windowStart" - (SELECT now FROM c) <= make_interval(secs => ${maxWaitMs}::float8 / 1000)
    RETURNING (EXTRACT(EPOCH FROM w."windowStart") * 1000)::float8 - ${intervalMs}::float8 AS "slotAt"`;
  return rows[0]?.slotAt ?? null;
}

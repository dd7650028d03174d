import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes up to `wanted` consecutive slots of an endpoint's global schedule in one atomic upsert
 * (the row lock serialises processes) and returns their times, epoch ms on the database's clock,
 * ascending; fewer, or none, when the schedule is already full `maxWaitMs` ahead, so an overload
 * does not push it further out.
 *
 * RateLimitWindow holds, for these keys, the end of the schedule handed out so far (the next
 * free slot) in `windowStart`, and how many slots the last lease got in `count`. `windowStart` has millisecond precision, so the end
 * is rounded UP and the slots are counted back from it: every slot is at or after the previous
 * lease's end, and at least `intervalMs` after any other slot of any lease.
 *
 * A schedule that ran dry restarts `leadMs` after the database's `now` (the caller's recent
 * round trip), so that the first slot is not already overdue when the answer arrives.
 */
export async function leaseSlots(
  key: string,
  intervalMs: number,
  wanted: number,
  maxWaitMs: number,
  leadMs = 0,
): Promise<number[]> {
  const now = Prisma.sql`(SELECT now FROM c)`;
  const idle = Prisma.sql`(${now} + ${leadMs}::float8)`;
  const start = Prisma.sql`GREATEST(EXTRACT(EPOCH FROM w."windowStart") * 1000, ${idle})`;
  const granted = (from: Prisma.Sql) =>
    Prisma.sql`LEAST(${wanted}::int,
      floor((${now} + ${maxWaitMs}::float8 - ${from}) / ${intervalMs}::float8)::int + 1)`;
  const end = (from: Prisma.Sql) =>
    Prisma.sql`to_timestamp(ceil(${from} + ${granted(from)} * ${intervalMs}::float8) / 1000)
      AT TIME ZONE 'UTC'`;
  const rows = await db.$queryRaw<{ endAt: number; granted: number }[]>`
    WITH c AS (SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8 * 1000 AS now)
    INSERT INTO "RateLimitWindow" AS w (key, "windowStart", count)
    SELECT ${key}, ${end(idle)}, ${granted(idle)} FROM c
    ON CONFLICT (key) DO UPDATE
      SET "windowStart" = ${end(start)}, count = ${granted(start)}
      WHERE ${start} <= ${now} + ${maxWaitMs}::float8
    RETURNING (EXTRACT(EPOCH FROM w."windowStart") * 1000)::float8 AS "endAt", w.count AS granted`;
  const row = rows[0];
  if (!row || row.granted <= 0) return [];
  return Array.from({ length: row.granted }, (_, j) => row.endAt - (row.granted - j) * intervalMs);
}

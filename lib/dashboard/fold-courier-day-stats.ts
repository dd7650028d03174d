import { db } from "@/lib/db";
import { courierDaySums } from "./courier-day-sums";

// Days folded per run: a backlog (the first run after the migration marks every booked day)
// is worked off over a few minutes in short transactions rather than one long one.
const DAYS_PER_RUN = 200;

/**
 * Sums again the booking days whose shipments changed since they were last summed (marked
 * stale by the database's triggers). Each day is its own transaction that first takes the mark:
 * a change committed before that is in the new sums, and one committed after marks the day
 * again, so no change is lost; a fold racing this one finds the mark gone and skips the day.
 */
export async function foldCourierDayStats(): Promise<number> {
  const stale = await db.$queryRaw<{ day: string }[]>`
    SELECT day::text AS day FROM "CourierDayStatsStale" ORDER BY day LIMIT ${DAYS_PER_RUN}`;
  let folded = 0;
  for (const { day } of stale) {
    folded += await db.$transaction(async (tx) => {
      const taken = await tx.$executeRaw`
        DELETE FROM "CourierDayStatsStale" WHERE day = ${day}::date`;
      if (taken === 0) return 0;
      await tx.$executeRaw`DELETE FROM "CourierDayStats" WHERE day = ${day}::date`;
      await tx.$executeRaw`
        INSERT INTO "CourierDayStats" (day, courier, "fromDistrict", "toDistrict", shipments,
          delivered, rto, promised, "onTime", "firstAttempt", "deliverDaysSum",
          "deliverDaysCount", "chargePaiseSum", charged)
        ${courierDaySums([day])}`;
      return 1;
    });
  }
  return folded;
}

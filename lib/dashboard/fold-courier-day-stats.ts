import { db } from "@/lib/db";
import { courierDaySums } from "./courier-day-sums";

// Days folded per run: a backlog (the first run after the migration marks every booked day)
// is worked off over a few minutes in short transactions rather than one long one.
const DAYS_PER_RUN = 200;

/**
 * Sums again the booking days whose shipments changed since they were last summed (the database's
 * triggers append a mark per change). Each day is its own transaction that first deletes the
 * day's marks committed so far, then sums the day in a later statement, which sees at least those
 * changes; a change still uncommitted keeps its mark for the next fold, so none is lost. A fold
 * racing this one finds no mark left to delete and skips the day.
 */
export async function foldCourierDayStats(): Promise<number> {
  const stale = await db.$queryRaw<{ day: string }[]>`
    SELECT DISTINCT day::text AS day FROM "CourierDayStatsStale" ORDER BY 1 LIMIT ${DAYS_PER_RUN}`;
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

import { replicaDb } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { IstDayRange } from "@/lib/warehouse/ist-day-range";
import { courierDaySums } from "./courier-day-sums";
import { dashboardPeriod } from "./dashboard-period";
import { courierZoneRates, type CourierZoneRates, type PerformanceGroup } from "./courier-rates";

export interface CourierPerformance {
  period: Pick<IstDayRange, "from" | "to">;
  rows: CourierZoneRates[];
}

type Row = Omit<PerformanceGroup, "courier" | "chargePaiseSum"> & {
  courier: CourierCode;
  chargePaiseSum: bigint | number;
};

/**
 * Courier × zone performance of Packline's own forward parcels booked in the period (IST days;
 * the last 30 by default). The days' sums come from CourierDayStats, except the days whose
 * shipments changed since they were summed, which are summed live (courier-day-sums.ts holds
 * the one statement and what each figure means); courier-rates.ts turns the sums into rates and
 * zone.ts decides the zone. The stale days are read once and named to both queries, so a day a
 * fold finishes meanwhile is still counted once.
 */
export async function getCourierPerformance(options: {
  from?: string;
  to?: string;
  now?: Date;
}): Promise<CourierPerformance> {
  const { from, to } = dashboardPeriod(options, options.now);
  const stale = (
    await replicaDb.$queryRaw<{ day: string }[]>`
      SELECT DISTINCT day::text AS day FROM "CourierDayStatsStale"
      WHERE day BETWEEN ${from}::date AND ${to}::date`
  ).map((r) => r.day);
  const [folded, live] = await Promise.all([
    replicaDb.$queryRaw<Row[]>`
      SELECT courier, "fromDistrict", "toDistrict",
        sum(shipments)::int AS shipments, sum(delivered)::int AS delivered, sum(rto)::int AS rto,
        sum(promised)::int AS promised, sum("onTime")::int AS "onTime",
        sum("firstAttempt")::int AS "firstAttempt", sum("deliverDaysSum")::float8 AS "deliverDaysSum",
        sum("deliverDaysCount")::int AS "deliverDaysCount",
        sum("chargePaiseSum")::float8 AS "chargePaiseSum", sum(charged)::int AS charged
      FROM "CourierDayStats"
      WHERE day BETWEEN ${from}::date AND ${to}::date AND day <> ALL(${stale}::date[])
      GROUP BY 1, 2, 3`,
    stale.length === 0 ? [] : replicaDb.$queryRaw<Row[]>(courierDaySums(stale)),
  ]);
  const groups = [...folded, ...live].map((g) => ({
    ...g,
    chargePaiseSum: Number(g.chargePaiseSum),
  }));
  return { period: { from, to }, rows: courierZoneRates(groups) };
}

import { istDayRange, istToday, type IstDayRange } from "@/lib/warehouse/ist-day-range";

export const DEFAULT_PERIOD_DAYS = 30;

/**
 * The dashboard's period in IST days, as UTC instants: the last 30 days including today unless
 * the query names its own (calendar days checked by the schema, order and length here).
 */
export function dashboardPeriod(
  input: { from?: string; to?: string },
  now = new Date(),
): IstDayRange {
  const to = input.to ?? istToday(now);
  const from =
    input.from ??
    new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_PERIOD_DAYS - 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  return istDayRange({ from, to }, now);
}

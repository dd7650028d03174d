import { AppError } from "@/lib/errors/app-error";
import { MAX_RANGE_DAYS } from "@/lib/validation/out-of-stock";

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;

export interface IstDayRange {
  /** first IST day, YYYY-MM-DD */
  from: string;
  /** last IST day, inclusive */
  to: string;
  /** UTC instant of `from` 00:00 IST */
  start: Date;
  /** UTC instant of the day after `to`, 00:00 IST (exclusive) */
  end: Date;
}

/** Today's calendar date in India. */
export function istToday(now = new Date()): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Turns IST calendar days into the UTC instants the database stores. Defaults to the last seven
 * days including today, the window a warehouse reviews its shorts over.
 */
export function istDayRange(input: { from?: string; to?: string }, now = new Date()): IstDayRange {
  const to = input.to ?? istToday(now);
  const from = input.from ?? shiftDay(to, -6);
  if (from > to)
    throw new AppError("VALIDATION", "The start date must be on or before the end date.", {
      fieldErrors: { from: ["The start date must be on or before the end date"] },
    });
  const start = new Date(Date.parse(`${from}T00:00:00+05:30`));
  const end = new Date(Date.parse(`${shiftDay(to, 1)}T00:00:00+05:30`));
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw new AppError("VALIDATION", `Choose at most ${MAX_RANGE_DAYS} days.`, {
      fieldErrors: { from: [`Choose at most ${MAX_RANGE_DAYS} days`] },
    });
  return { from, to, start, end };
}

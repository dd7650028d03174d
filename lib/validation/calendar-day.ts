import { z } from "./zod";

/** True for a day that exists on the calendar: 2026-02-28 yes, 2026-02-30 and 2026-13-45 no. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A calendar day as the date inputs send it (YYYY-MM-DD), shared by every date filter. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-22.")
  .refine(isCalendarDay, "That date does not exist on the calendar.");

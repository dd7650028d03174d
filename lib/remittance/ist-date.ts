const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const IST_OFFSET_MS = 330 * 60_000;

const DAY_FIRST = /^(\d{1,2})[-/.]((?:\d{1,2})|[a-z]{3,9})[-/.](\d{4})$/i;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap]m))?$/i;

function monthNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return MONTHS.indexOf(text.slice(0, 3).toLowerCase()) + 1;
}

function clock(text: string | undefined): [number, number, number] | null {
  if (!text) return [0, 0, 0];
  const match = TIME.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  return hour < 24 && minute < 60 && second < 60 ? [hour, minute, second] : null;
}

/**
 * A date (and optional time) as Indian couriers' reports write it, in India time, as the UTC
 * instant it names: "2026-12-01", "01-12-2026", "01/12/2026", "01-Dec-2026", each optionally
 * followed by "14:30", "14:30:05" or "2:30 PM" (also after a "T"). Day-first, as India writes
 * dates. Null when it is none of these or not a day on the calendar.
 */
export function parseIstDateTime(text: string): Date | null {
  const [datePart, ...rest] = text.trim().split(/[\sT]+/);
  if (!datePart) return null;
  const yearFirst = YEAR_FIRST.exec(datePart);
  const dayFirst = yearFirst ? null : DAY_FIRST.exec(datePart);
  if (!yearFirst && !dayFirst) return null;
  const [year, month, day] = yearFirst
    ? [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])]
    : [Number(dayFirst![3]), monthNumber(dayFirst![2]!), Number(dayFirst![1])];
  const time = clock(rest.join(" ") || undefined);
  if (!time || month < 1 || month > 12) return null;
  const utc = Date.UTC(year, month - 1, day, ...time);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return new Date(utc - IST_OFFSET_MS);
}

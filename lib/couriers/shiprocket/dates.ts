// Shiprocket prints every time in IST without a zone, in more than one layout: scans and
// `etd` as "2022-07-19 11:37:00", the webhook's `current_timestamp` as "23 05 2023 11:43:52",
// AWB assignment with microseconds ("2022-11-25 11:17:52.878599"). A layout not listed here
// reads as unknown (null) rather than through the machine's own time zone.

const isoLike = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;
const dayFirst = /^(\d{2}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})$/;

/** An IST stamp in one of Shiprocket's layouts → the UTC instant; null if absent or unreadable. */
export function parseIstDate(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text) return null;
  let parts: string[] | null = null;
  let m = isoLike.exec(text);
  if (m) parts = [m[1]!, m[2]!, m[3]!, m[4] ?? "00", m[5] ?? "00", m[6] ?? "00"];
  else if ((m = dayFirst.exec(text))) parts = [m[3]!, m[2]!, m[1]!, m[4]!, m[5]!, m[6]!];
  if (!parts) return null;
  const [y, mo, d, h, mi, s] = parts;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}+05:30`);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Quiet hours are wall-clock times in India (IST, UTC+5:30, no daylight saving), e.g. 21:00 to
// 09:00: an SMS or WhatsApp due inside the window is held until it opens again.
const IST_OFFSET_MIN = 330;
const DAY_MIN = 24 * 60;

export interface QuietHours {
  /** "HH:MM" IST when messages stop */
  start: string;
  /** "HH:MM" IST when they may go again */
  end: string;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
};

/** The first moment at or after `at` outside the quiet window (null: no quiet hours). */
export function releaseTime(at: Date, quiet: QuietHours | null): Date {
  if (!quiet || quiet.start === quiet.end) return at;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const istMs = at.getTime() + IST_OFFSET_MIN * 60_000;
  const minuteOfDay = Math.floor(istMs / 60_000) % DAY_MIN;
  const inside =
    start < end
      ? minuteOfDay >= start && minuteOfDay < end
      : minuteOfDay >= start || minuteOfDay < end;
  if (!inside) return at;
  const wait = (end - minuteOfDay + DAY_MIN) % DAY_MIN;
  const startOfMinute = at.getTime() - (istMs % 60_000);
  return new Date(startOfMinute + wait * 60_000);
}

const DAY_MS = 86_400_000;

/** The courier's last moment to hear a dispute: its window counted in days from the charge. */
export function disputeDeadline(chargedAt: Date, windowDays: number): Date {
  return new Date(chargedAt.getTime() + windowDays * DAY_MS);
}

/** An instant as India reads it: "6 Dec 2026, 17:30 IST". */
export function formatIstDeadline(at: Date): string {
  const text = new Intl.DateTimeFormat("en-IN", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Kolkata",
  }).format(at);
  return `${text} IST`;
}

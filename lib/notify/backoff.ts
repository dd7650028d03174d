// Retry schedule for notifications: exponential from 30 s, capped at 30 min, with full jitter
// so a gateway outage does not end in every message retrying at the same second.
export const MAX_ATTEMPTS = 8;
const BASE_MS = 30_000;
const CAP_MS = 30 * 60_000;

export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

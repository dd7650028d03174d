import { setTimeout as delay } from "node:timers/promises";

/** Waits `ms`, or less when `signal` aborts (the worker is stopping). Never rejects. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal }).catch(() => {});
}

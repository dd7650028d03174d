import type { RetryOptions } from "./types";

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 4,
  baseMs: 200,
  capMs: 5_000,
  maxRetryAfterMs: 30_000,
};

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function backoffMs(attempt: number, options: RetryOptions, random = Math.random): number {
  return Math.floor(random() * Math.min(options.capMs, options.baseMs * 2 ** attempt));
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3), in ms; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { leaseSlots } from "./rate-limit-lease";
import type { EndpointLimit } from "./types";

/*
 * A courier endpoint's rate limit shared by every process through PostgreSQL. Callers WAIT for a
 * slot rather than fail, and the guarantee is: never more than `points` calls in ANY window of
 * `durationMs` (rolling, so also in any clock second).
 *
 * Why it holds. The database hands out one global schedule of slot times, each at least
 * I = durationMs / points × (1 + MARGIN) after the one before (rate-limit-lease.ts). A call fires
 * no earlier than its slot s and no later than s + LATE. The calls inside any window [t, t + D)
 * then have slots in (t − LATE, t + D), a stretch of D + LATE that holds at most
 * ⌊(D + LATE) / I⌋ + 1 slots, which is ≤ points whenever LATE < MARGIN × D. LATE takes half of
 * that room; the other half absorbs the trip from fetch() to the courier's clock (loopback,
 * event-loop lag on both sides), which no client-side limiter can control.
 *
 * Why it is cheap and wastes few slots. Each process leases a batch of slot times in one upsert —
 * as many as it has callers waiting, plus, where slots are dense, the few that fit in LATE — and
 * hands them out from memory. Slots are given to callers when they come due, not reserved per
 * caller: a process that wakes up late fires its oldest waiter on any slot still within LATE, and
 * only a slot more than LATE overdue is skipped (never fired late, never returned to the
 * schedule). A busy process therefore loses only the slots its stalls outlast, and queued callers
 * keep their place instead of re-queueing at the end. Leased slots no caller takes expire LATE
 * after their time: capacity lost, never limit broken; a process holds at most LATE's worth more
 * than its waiters need. When lease round trips grow close to LATE (a loaded database), an idle
 * schedule restarts that far ahead, so the first slot of a lease is not overdue on arrival; a
 * quick round trip adds no wait.
 *
 * Slot times are the database's clock and are waited for on the local clock: hosts must agree
 * to a few ms (NTP). rate-limiter-flexible's Postgres store was the alternative; it counts fixed
 * windows and rejects, and its queue lives in one process, so bursts at window edges exceed a
 * per-second limit at the courier.
 */
const MARGIN = 0.06;
const LATE_SHARE = 0.5;
/** most slots one lease takes; a process with more waiters leases again */
const MAX_LEASE = 100;
const MAX_PREFETCH = 64;
const MAX_LEAD_MS = 250;

interface Waiter {
  since: number;
  resolve(waitedMs: number | null): void;
  reject(error: unknown): void;
}

export interface LimiterStats {
  leases: number;
  leased: number;
  used: number;
  expired: number;
}

/** One process's share of one endpoint's limit; acquireSlot keeps one per key and limit. */
export class SharedRateLimiter {
  readonly intervalMs: number;
  readonly lateMs: number;
  readonly stats: LimiterStats = { leases: 0, leased: 0, used: 0, expired: 0 };
  private readonly prefetch: number;
  private readonly maxWaitMs: number;
  private slots: number[] = [];
  private waiters: Waiter[] = [];
  private leasing = false;
  private timer: NodeJS.Timeout | null = null;
  /** recent lease round trip (moving average), which sets the lead an idle schedule restarts with */
  private roundTripMs = 0;

  constructor(
    readonly key: string,
    limit: EndpointLimit,
  ) {
    this.intervalMs = (limit.durationMs / limit.points) * (1 + MARGIN);
    this.lateMs = limit.durationMs * MARGIN * LATE_SHARE;
    this.prefetch = Math.min(MAX_PREFETCH, Math.floor(this.lateMs / this.intervalMs));
    this.maxWaitMs = limit.maxWaitMs ?? 60_000;
  }

  /** Waits for a slot; resolves with how long the caller waited, or null when none is free within maxWaitMs. */
  acquire(): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ since: Date.now(), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    const now = Date.now();
    while (this.slots.length > 0 && this.slots[0]! + this.lateMs < now) {
      this.slots.shift();
      this.stats.expired += 1;
    }
    while (this.waiters.length > 0 && this.slots.length > 0 && this.slots[0]! <= now) {
      this.slots.shift();
      this.stats.used += 1;
      const waiter = this.waiters.shift()!;
      waiter.resolve(now - waiter.since);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.waiters.length > 0 && this.slots.length > 0)
      this.timer = setTimeout(() => this.pump(), Math.max(0, this.slots[0]! - now));
    if (this.waiters.length > this.slots.length && !this.leasing)
      void this.lease(this.waiters.length - this.slots.length);
  }

  private async lease(missing: number): Promise<void> {
    this.leasing = true;
    try {
      const wanted = Math.min(MAX_LEASE, missing + this.prefetch);
      const sent = Date.now();
      const slots = await leaseSlots(
        this.key,
        this.intervalMs,
        wanted,
        this.maxWaitMs,
        Math.min(MAX_LEAD_MS, Math.max(0, this.roundTripMs - this.lateMs / 2)),
      );
      this.roundTripMs = 0.7 * this.roundTripMs + 0.3 * (Date.now() - sent);
      this.stats.leases += 1;
      this.stats.leased += slots.length;
      this.slots.push(...slots);
      // A short lease means the schedule is full maxWaitMs ahead: whoever it cannot cover fails.
      if (slots.length < wanted)
        for (const waiter of this.waiters.splice(this.slots.length)) waiter.resolve(null);
    } catch (error) {
      for (const waiter of this.waiters.splice(this.slots.length)) waiter.reject(error);
    } finally {
      this.leasing = false;
      this.pump();
    }
  }
}

const limiters = new Map<string, SharedRateLimiter>();

/** This process's limiter for a key and limit (created on first use). */
export function rateLimiterFor(key: string, limit: EndpointLimit): SharedRateLimiter {
  const id = `${key}|${limit.points}/${limit.durationMs}|${limit.maxWaitMs ?? ""}`;
  let limiter = limiters.get(id);
  if (!limiter) limiters.set(id, (limiter = new SharedRateLimiter(key, limit)));
  return limiter;
}

/**
 * Waits for a slot of the endpoint's shared limit. Returns how long the caller waited, or null
 * when no slot is free within `limit.maxWaitMs` (default 60 s).
 */
export function acquireSlot(key: string, limit: EndpointLimit): Promise<number | null> {
  return rateLimiterFor(key, limit).acquire();
}

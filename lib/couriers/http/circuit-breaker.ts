import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { courierMetrics } from "@/lib/observability/courier-metrics";
import { log } from "@/lib/observability/logger";
import type { BreakerOptions } from "./types";

export type BreakerState = "CLOSED" | "OPEN" | "HALF_OPEN";
/** failure: the courier looks unwell (network, timeout, 5xx, unreadable); neutral: 429 */
export type BreakerVerdict = "success" | "failure" | "neutral";

interface Breaker {
  state: BreakerState;
  failures: number;
  openedAt: number;
  probing: boolean;
}

export const defaultBreakerOptions: BreakerOptions = { failureThreshold: 5, openMs: 30_000 };

// In memory per process and per account: a process decides from what it has seen itself, so a
// breaker never waits on the database. Transitions are mirrored to CircuitBreakerState so the
// shipping dashboard can show them.
const breakers = new Map<string, Breaker>();
const gaugeValue: Record<BreakerState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };

export interface CircuitBreaker {
  /** Throws circuit_open while open; lets exactly one probe through once `openMs` has passed. */
  acquire(): void;
  record(verdict: BreakerVerdict): void;
  readonly state: BreakerState;
}

export function circuitBreaker(
  accountId: string,
  courier: CourierCode,
  options: BreakerOptions,
): CircuitBreaker {
  const b = breakers.get(accountId) ?? {
    state: "CLOSED",
    failures: 0,
    openedAt: 0,
    probing: false,
  };
  breakers.set(accountId, b);

  const move = (to: BreakerState) => {
    if (b.state === to) return;
    log.warn("courier circuit breaker", { courier, accountId, from: b.state, to });
    b.state = to;
    courierMetrics().breakerState.labels(courier, accountId).set(gaugeValue[to]);
    void mirror(accountId, b);
  };

  return {
    get state() {
      return b.state;
    },
    acquire() {
      if (b.state === "CLOSED") return;
      const waitMs = b.openedAt + options.openMs - Date.now();
      if (b.state === "OPEN" && waitMs <= 0) move("HALF_OPEN");
      if (b.state === "HALF_OPEN" && !b.probing) {
        b.probing = true;
        return;
      }
      throw new CourierError({
        courier,
        kind: "circuit_open",
        message: `${courier} is failing; calls are paused for a moment (circuit breaker open).`,
        retryAfterMs: Math.max(waitMs, 0) || options.openMs,
      });
    },
    record(verdict) {
      const wasProbe = b.state === "HALF_OPEN";
      if (wasProbe) b.probing = false;
      if (verdict === "success") {
        b.failures = 0;
        move("CLOSED");
      } else if (verdict === "failure") {
        b.failures += 1;
        if (b.state !== "OPEN" && (wasProbe || b.failures >= options.failureThreshold)) {
          b.openedAt = Date.now();
          move("OPEN");
        }
      }
    },
  };
}

async function mirror(accountId: string, b: Breaker): Promise<void> {
  const key = `courier:${accountId}`;
  const data = {
    state: b.state,
    failures: b.failures,
    openedAt: b.state === "OPEN" ? new Date(b.openedAt) : undefined,
    halfOpenAt: b.state === "HALF_OPEN" ? new Date() : undefined,
  };
  try {
    await db.circuitBreakerState.upsert({
      where: { key },
      create: { key, ...data },
      update: data,
      select: { key: true },
    });
  } catch (error) {
    log.warn("could not mirror circuit breaker state", { accountId, error: String(error) });
  }
}

/** Forgets a process's breaker for an account (tests, or after an admin edits the account). */
export function resetBreaker(accountId: string): void {
  breakers.delete(accountId);
}

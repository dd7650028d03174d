import { log } from "@/lib/observability/logger";
import { BeatStreak } from "./beat-streak";
import { beatAlive, type WorkerIdentity } from "./heartbeat";
import { pause } from "./pause";
import { STALE_AFTER_SECONDS } from "./reap-interrupted-jobs";

// Four beats fit in the stale window, so one slow or lost beat never makes a worker look dead.
const ALIVE_EVERY_MS = 5_000;

/**
 * The worker's liveness loop until `signal` aborts: beats every few seconds and, once it has
 * beaten for the whole stale window without a miss, calls `reap` after each beat. (`everyMs` and
 * `windowMs` are for tests.)
 */
export async function keepAlive(options: {
  worker: WorkerIdentity;
  reap: () => Promise<unknown>;
  signal: AbortSignal;
  everyMs?: number;
  windowMs?: number;
}): Promise<void> {
  const streak = new BeatStreak(options.windowMs ?? STALE_AFTER_SECONDS * 1000);
  while (!options.signal.aborted) {
    try {
      await beatAlive(options.worker);
      streak.beat(performance.now());
    } catch (error) {
      if (streak.missed()) log.warn("worker cannot record its beat; reaping paused", { error });
    }
    if (streak.mayReap(performance.now())) {
      await options.reap().catch((error: unknown) => log.warn("reaping failed", { error }));
    }
    await pause(options.everyMs ?? ALIVE_EVERY_MS, options.signal);
  }
}

/**
 * A clock that moves courier shipments through their lifecycle, shared by every courier in the
 * sandbox. The courier module owns its shipments and what one step means; the clock only says
 * when: every `stepMs` it calls `tick()` (which advances each moving shipment by one step and
 * pushes its webhook). `stepMs` 0 pauses it, so tests advance shipments explicitly through
 * their control API instead of waiting.
 *
 * ```ts
 * const clock = createLifecycleClock(() => advanceAll(store), 60_000);
 * clock.setStepMs(500); // demo speed
 * ```
 */
export interface LifecycleClock {
  readonly stepMs: number;
  setStepMs(ms: number): void;
  stop(): void;
}

export function createLifecycleClock(tick: () => Promise<void>, stepMs: number): LifecycleClock {
  let current = 0;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const run = async () => {
    // A slow tick (webhook target down) must not overlap the next one.
    if (running) return;
    running = true;
    try {
      await tick();
    } finally {
      running = false;
    }
  };
  const clock: LifecycleClock = {
    get stepMs() {
      return current;
    },
    setStepMs(ms) {
      if (timer) clearInterval(timer);
      timer = null;
      current = Math.max(0, Math.floor(ms));
      if (current > 0) {
        timer = setInterval(() => void run(), current);
        // The sandbox's own timers must never keep a test process alive.
        timer.unref();
      }
    },
    stop: () => clock.setStepMs(0),
  };
  clock.setStepMs(stepMs);
  return clock;
}

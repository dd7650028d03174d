import { deliverOutbox } from "./deliver-outbox";
import { fanOutEvents } from "./fan-out-events";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The outbox job: the worker's cron starts it every minute and it keeps fanning out and
 * delivering for most of that minute, so an event reaches subscribers within about a second
 * instead of waiting for the next cron tick.
 */
export async function pumpOutbox(options: { forMs?: number; idleMs?: number } = {}): Promise<void> {
  const until = Date.now() + (options.forMs ?? 55_000);
  while (Date.now() < until) {
    const fanned = await fanOutEvents();
    const report = await deliverOutbox();
    const busy = fanned > 0 || report.delivered + report.retrying + report.dead > 0;
    if (!busy) await sleep(options.idleMs ?? 1_000);
  }
}

import { APPLY_COURIER_WEBHOOKS_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { log } from "@/lib/observability/logger";

const WAKE_EVERY_MS = 1_000;
let lastWake = 0;

/**
 * Asks the worker for a drain now, at most once a second per web process: the drain's own
 * minute tick starts only at the next minute after a worker starts, and a drain ends after 55 s.
 * The queue is stately, so a wake while a drain is queued adds nothing. Not awaited by the
 * route: the delivery is stored, and the minute's tick drains it if this send is lost.
 */
export function wakeWebhookDrain(): void {
  const now = Date.now();
  if (now - lastWake < WAKE_EVERY_MS) return;
  lastWake = now;
  sendJob(APPLY_COURIER_WEBHOOKS_JOB, {}).catch((error: unknown) =>
    log.warn("could not wake the webhook drain; the minute's tick will", { error }),
  );
}

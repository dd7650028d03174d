import { DELIVER_NOTIFICATIONS_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { log } from "@/lib/observability/logger";

/**
 * Asks the worker to deliver queued notifications now rather than at the next minute. Best
 * effort: the messages are already safely in the outbox and the cron run will send them anyway.
 */
export async function requestDelivery(): Promise<void> {
  try {
    await sendJob(DELIVER_NOTIFICATIONS_JOB, {});
  } catch (error) {
    log.warn("could not request notification delivery; the next scheduled run will send", {
      error,
    });
  }
}

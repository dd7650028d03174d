import { queue } from "@/lib/jobs/boss";
import { log } from "@/lib/observability/logger";
import { DELIVER_NOTIFICATIONS_JOB } from "./deliver-notifications";

/**
 * Asks the worker to deliver queued notifications now rather than at the next minute. Best
 * effort: the messages are already safely in the outbox and the cron run will send them anyway.
 */
export async function requestDelivery(): Promise<void> {
  try {
    const boss = await queue();
    await boss.send(DELIVER_NOTIFICATIONS_JOB, {});
  } catch (error) {
    log.warn("could not request notification delivery; the next scheduled run will send", {
      error,
    });
  }
}

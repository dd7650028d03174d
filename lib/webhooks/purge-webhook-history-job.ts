import { WEBHOOK_RETENTION_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { log } from "@/lib/observability/logger";
import { purgeWebhookHistory } from "./purge-webhook-history";

/**
 * Webhook retention, daily at 03:00 IST (a quiet hour for Indian stores), one run at a time.
 * A run killed half-way is simply run again: each batch it finished stays done.
 */
export const purgeWebhookHistoryJob = defineJob({
  name: WEBHOOK_RETENTION_JOB,
  cron: "30 21 * * *",
  async handle() {
    const purged = await purgeWebhookHistory();
    log.info("webhook history purged", { ...purged });
  },
});

import { defineJob } from "@/lib/jobs/registry";
import { APPLY_COURIER_WEBHOOKS_JOB } from "@/lib/jobs/queue-names";
import { drainCourierWebhooks } from "./drain-courier-webhooks";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies stored courier deliveries for most of a minute: the worker's cron starts it every
 * minute and it drains while there is work and looks again every `idleMs` when there is none,
 * so a scan is applied within about a second of its 200 without the route waking anyone.
 */
export async function pumpCourierWebhooks(
  options: { forMs?: number; idleMs?: number } = {},
): Promise<void> {
  const until = Date.now() + (options.forMs ?? 55_000);
  while (Date.now() < until) {
    const report = await drainCourierWebhooks();
    const claimed = Object.values(report).reduce((sum, n) => sum + n, 0);
    if (claimed === 0) await sleep(options.idleMs ?? 500);
  }
}

export const applyCourierWebhooksJob = defineJob({
  name: APPLY_COURIER_WEBHOOKS_JOB,
  cron: "* * * * *",
  async handle() {
    await pumpCourierWebhooks();
  },
});

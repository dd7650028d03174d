import { TRACK_SHIPMENTS_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { trackDueShipments } from "./track-due-shipments";

/**
 * The tracking poll, every 10 minutes, one run at a time ("stately"): webhooks carry most
 * updates; this catches what they missed, 200 of the longest-unchecked shipments per run.
 */
export const trackShipmentsJob = defineJob({
  name: TRACK_SHIPMENTS_JOB,
  cron: "*/10 * * * *",
  async handle() {
    await trackDueShipments({
      staleAfterMs: 30 * 60_000,
      batchSize: 200,
      perAccountConcurrency: 2,
    });
  },
});

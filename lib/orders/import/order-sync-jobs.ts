import { defineJob } from "@/lib/jobs/registry";
import { ORDER_SYNC_JOB, ORDER_SYNC_NOW_JOB } from "@/lib/jobs/queue-names";
import { runOrderSync } from "./run-order-sync";
import { syncDueSources } from "./sync-due-sources";

// The scheduled sync checks every minute which sources are due (each has its own interval);
// "stately" keeps at most one queued and one running, and the advisory lock in runOrderSync
// keeps a scheduled and a manual sync of one source from overlapping.
export const orderSyncJob = defineJob({
  name: ORDER_SYNC_JOB,
  cron: "* * * * *",
  async handle() {
    await syncDueSources();
  },
});

export const orderSyncNowJob = defineJob<{ sourceId: string; full?: boolean }>({
  name: ORDER_SYNC_NOW_JOB,
  async handle(data) {
    await runOrderSync({ sourceId: data.sourceId, trigger: "manual", full: data.full });
  },
});

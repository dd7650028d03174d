import { DASHBOARD_FOLD_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { foldCourierDayStats } from "./fold-courier-day-stats";

/**
 * Every minute, one run at a time: the days tracking changed since the last run, so the
 * dashboard reads only the last minute's days live.
 */
export const foldCourierDayStatsJob = defineJob({
  name: DASHBOARD_FOLD_JOB,
  cron: "* * * * *",
  async handle() {
    await foldCourierDayStats();
  },
});

import { REFUNDS_SWEEP_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { failEndedRefunds } from "./fail-ended-refunds";

/** Every 5 minutes: refunds whose job ended without recording them are failed, for "Try again". */
export const sweepRefundsJob = defineJob({
  name: REFUNDS_SWEEP_JOB,
  cron: "*/5 * * * *",
  async handle() {
    await failEndedRefunds();
  },
});

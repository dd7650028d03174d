import { NDR_RULES_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { applyNdrRules } from "./apply-ndr-rules";

/** Every 10 minutes, one run at a time: rules wait hours, so a few minutes late is on time. */
export const applyNdrRulesJob = defineJob({
  name: NDR_RULES_JOB,
  cron: "*/10 * * * *",
  async handle() {
    await applyNdrRules();
  },
});

import { FREIGHT_SWEEP_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { expireWeightDisputes } from "./expire-weight-disputes";
import { recordCourierCharges } from "./record-courier-charges";
import { recordTrackedCharges } from "./record-tracked-charges";

/**
 * Every 10 minutes, one run at a time: checks the charged weights tracking brought in, asks the
 * couriers whose API states charges, and expires disputes past their deadline. Deadlines are
 * days long, so minutes late is on time.
 */
export const freightSweepJob = defineJob({
  name: FREIGHT_SWEEP_JOB,
  cron: "*/10 * * * *",
  async handle() {
    await recordTrackedCharges();
    await recordCourierCharges();
    await expireWeightDisputes();
  },
});

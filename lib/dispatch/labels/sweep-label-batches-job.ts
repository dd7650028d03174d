import { LABEL_BATCHES_SWEEP_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { failEndedLabelBatches } from "./fail-ended-label-batches";

/** Every minute (someone may be watching the progress): batches whose job ended unfinished fail. */
export const sweepLabelBatchesJob = defineJob({
  name: LABEL_BATCHES_SWEEP_JOB,
  cron: "* * * * *",
  async handle() {
    await failEndedLabelBatches();
  },
});

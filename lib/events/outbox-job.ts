import { defineJob } from "@/lib/jobs/registry";
import { OUTBOX_DELIVER_JOB } from "@/lib/jobs/queue-names";
import { pumpOutbox } from "./pump-outbox";

export const outboxDeliverJob = defineJob({
  name: OUTBOX_DELIVER_JOB,
  cron: "* * * * *",
  async handle() {
    await pumpOutbox();
  },
});

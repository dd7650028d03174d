import { defineJob } from "@/lib/jobs/registry";
import { INCIDENT_FORWARD_JOB } from "@/lib/jobs/queue-names";
import { forwardIncidents } from "./forward-incidents";

export const forwardIncidentsJob = defineJob({
  name: INCIDENT_FORWARD_JOB,
  cron: "* * * * *",
  async handle() {
    await forwardIncidents();
  },
});

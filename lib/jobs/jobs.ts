import { randomUUID } from "node:crypto";
import { HEARTBEAT_JOB, beat } from "./heartbeat";
import { defineJob, type JobDefinition } from "./registry";

const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
const startedAt = new Date();

// Every job the worker runs. Later features add their definitions here.
export const jobs: JobDefinition[] = [
  defineJob({
    name: HEARTBEAT_JOB,
    cron: "* * * * *",
    async handle() {
      await beat(workerId, startedAt);
    },
  }),
];

export const worker = { workerId, startedAt };

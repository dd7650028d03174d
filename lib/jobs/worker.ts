import type PgBoss from "pg-boss";
import { beat } from "./heartbeat";
import { createBoss } from "./boss";
import { jobs, worker } from "./jobs";
import { db } from "@/lib/db";
import { log } from "@/lib/observability/logger";

// The background worker process: runs every job definition. The heartbeat is itself a job, so a
// fresh beat in /api/health means the queue is being worked, not just that a process is alive.

async function main() {
  const boss = createBoss({ schedule: true, supervise: true });
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, job.queue);
    await boss.work(job.name, job.options ?? {}, async (batch) => {
      for (const item of batch) await job.handle(item.data as object, item as PgBoss.Job<object>);
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
  }
  await beat(worker.workerId, worker.startedAt);
  log.info("worker started", { workerId: worker.workerId, jobs: jobs.map((j) => j.name) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("worker stopping", { signal });
    // Well inside the 15 s that `npm start` gives a service before it stops the database.
    await boss.stop({ graceful: true, timeout: 8_000 });
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  log.error("worker failed to start", { error });
  process.exit(1);
});

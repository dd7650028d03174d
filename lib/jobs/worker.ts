import { createBoss } from "./boss";
import { beat, beatAlive } from "./heartbeat";
import { JobRunner } from "./job-runner";
import { jobs, worker } from "./jobs";
import { keepAlive } from "./keep-alive";
import { queueConcurrency, queueSettings } from "./queue-settings";
import { reapInterruptedJobs } from "./reap-interrupted-jobs";
import { startHealthServer } from "./health-server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { withHeldAdvisoryLock } from "@/lib/locks/held-advisory-lock";
import { log } from "@/lib/observability/logger";

// The background worker process: runs every job definition (job-runner.ts), beats every few
// seconds and hands back the jobs of workers that died (keep-alive.ts). The cron heartbeat is
// itself a job, so a fresh beat in /api/health means the queue is being worked, not just that a
// process is alive. How it all fits: lib/jobs/README.md.

// Well inside the 15 s that `npm start` gives a service before it stops the database.
const STOP_GRACE_MS = 8_000;

// pg-boss's scheduler still completes its internal jobs without awaiting, so a database restart
// can surface as an unhandled rejection: that one is logged and survived (the pools reconnect on
// their own). Anything else is a bug: crash, and let the supervisor start a clean process.
process.on("unhandledRejection", (reason) => {
  if (isDatabaseUnavailable(reason)) {
    log.warn("database unreachable; the worker carries on", { error: reason });
    return;
  }
  log.error("worker crashed on an unhandled rejection", { error: reason });
  process.exit(1);
});

async function main() {
  const boss = createBoss({ schedule: true, supervise: true });
  await boss.start();
  // Registered before any job starts: every RunningJob row has a beating owner.
  await beatAlive(worker);
  const runner = new JobRunner(boss, worker.workerId);
  // One worker at a time sets the queues up: pg-boss creates a table per queue, and two workers
  // starting together on a fresh database deadlocked on that DDL.
  await withHeldAdvisoryLock(
    "packline:queue-setup",
    { wait: true, name: "queue-setup" },
    async () => {
      for (const job of jobs) {
        const settings = queueSettings(job.name);
        await boss.createQueue(job.name, settings);
        await boss.updateQueue(job.name, settings); // a queue made by an older version takes today's
        if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
      }
    },
  );
  for (const job of jobs) runner.serve(job, queueConcurrency(job.name));
  await beat(worker);
  const stopping = new AbortController();
  const alive = keepAlive({
    worker,
    signal: stopping.signal,
    reap: () =>
      reapInterruptedJobs({
        boss,
        workerId: worker.workerId,
        isRunningHere: (jobId, attempt) => runner.isRunning(jobId, attempt),
      }),
  });
  const healthPort = env().WORKER_HEALTH_PORT;
  const health = healthPort ? startHealthServer(worker, healthPort) : undefined;
  log.info("worker started", { workerId: worker.workerId, jobs: jobs.map((j) => j.name) });

  let stopped = false;
  const stop = async (signal: string) => {
    if (stopped) return;
    stopped = true;
    log.info("worker stopping", { signal });
    health?.close();
    await runner.stop(STOP_GRACE_MS);
    stopping.abort();
    await alive;
    await boss.stop({ graceful: true, timeout: 2_000 });
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

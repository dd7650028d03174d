import { sleep } from "./processes";
import type { FaultStack } from "./stack";
import type { EventSubscriber } from "./subscriber";

const COURIERS = ["/shiprocket", "/delhivery", "/ekart"];

/** What the faults did and when (ms since the run started), for the report and the checks. */
export interface FaultLog {
  events: { atMs: number; what: string }[];
  killedPid: number | null;
  /** when (epoch ms) the worker was killed */
  killedAt: number | null;
  /** the pg-boss jobs the killed worker was running when it died */
  interruptedJobs: { jobId: string; queue: string }[];
  /** while the killed worker was down and before the database restart: web must answer */
  workerDownWindow: [number, number] | null;
  databaseDownMs: number | null;
}

/**
 * The faults, one after the other while the load runs: SIGKILL a worker (and start it again),
 * make every sandbox courier answer 5xx and then time out, take the event subscriber down, and
 * restart PostgreSQL; then bring everything back.
 */
export async function runFaults(
  stack: FaultStack,
  subscriber: EventSubscriber,
  startedAt: number,
  databaseDownSeconds: number,
): Promise<FaultLog> {
  const log: FaultLog = {
    events: [],
    killedPid: null,
    killedAt: null,
    interruptedJobs: [],
    workerDownWindow: null,
    databaseDownMs: null,
  };
  const note = (what: string) => log.events.push({ atMs: Date.now() - startedAt, what });
  const at = (ms: number) => sleep(Math.max(0, startedAt + ms - Date.now()));

  // The couriers answer slowly at first, so bookings are in flight when the worker dies.
  await addFaults(
    stack.sandbox,
    COURIERS.map((prefix) => ({ prefix, latencyMs: 6_000, times: 3 })),
  );
  await at(4_000);
  const running = await runsByWorker(stack);
  const index = running[0]!.length >= running[1]!.length ? 0 : 1;
  const pid = stack.killWorker(index);
  const killedAt = Date.now();
  log.killedPid = pid;
  log.killedAt = killedAt;
  log.interruptedJobs = running[index]!;
  note(`worker${index + 1} (pid ${pid}) killed with SIGKILL in ${running[index]!.length} runs`);
  await sleep(1_000);
  await stack.startWorker(index);
  note(`worker${index + 1} started again`);

  await at(9_000);
  await courierFaults(stack.sandbox);
  note("sandbox couriers: 5xx, then answers slower than the 10 s timeout");
  await at(11_000);
  await subscriber.down();
  note("event subscriber down");
  await at(16_000);
  log.workerDownWindow = [killedAt - startedAt, Date.now() - startedAt];
  note("PostgreSQL stopping");
  const { downMs } = await stack.restartDatabase(databaseDownSeconds * 1000);
  log.databaseDownMs = downMs;
  note(`PostgreSQL back after ${(downMs / 1000).toFixed(1)} s`);
  await at(32_000);
  await fetch(`${stack.sandbox}/_control/faults`, { method: "DELETE" });
  note("sandbox couriers healthy again");
  await subscriber.up();
  note("event subscriber back");
  return log;
}

/** The runs each worker holds (RunningJob), by the worker's index in the stack. */
async function runsByWorker(stack: FaultStack): Promise<{ jobId: string; queue: string }[][]> {
  const { rows } = await stack.db.query<{ jobId: string; queue: string; pid: number }>(
    `SELECT r."jobId", r.queue, h.pid FROM "RunningJob" r
       JOIN "WorkerHeartbeat" h ON h."workerId" = r."workerId"`,
  );
  return stack.workerPids().map((pid) => rows.filter((r) => r.pid === pid));
}

const courierFaults = (sandbox: string) =>
  addFaults(
    sandbox,
    COURIERS.flatMap((prefix) => [
      // Fewer than a worker's breaker opens on (5): enough to fail bookings and make them
      // retry, not so many that the booking queue's doubling backoff outlasts the run.
      { prefix, status: 503, times: 3 },
      { prefix, latencyMs: 12_000, times: 1 },
    ]),
  );

async function addFaults(sandbox: string, rules: { prefix: string }[]): Promise<void> {
  for (const rule of rules) {
    const res = await fetch(`${sandbox}/_control/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(rule),
    });
    if (!res.ok) throw new Error(`sandbox fault ${rule.prefix}: ${res.status}`);
  }
}

/** Asks both web processes for the health check and the login page until stopped. */
export function probeWebs(webs: string[], startedAt: number) {
  const answers: { atMs: number; web: string; path: string; status: number | string }[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      for (const web of webs)
        for (const path of ["/api/health", "/login"]) {
          const res = await fetch(`${web}${path}`, { signal: AbortSignal.timeout(10_000) }).catch(
            (error: Error) => error,
          );
          const status = res instanceof Error ? res.message : res.status;
          if (res instanceof Response) await res.body?.cancel();
          answers.push({ atMs: Date.now() - startedAt, web, path, status });
        }
      await sleep(500);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return answers;
    },
  };
}

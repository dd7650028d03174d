import { expect, test } from "@playwright/test";
import PgBoss from "pg-boss";
import { BOOK_SHIPMENT_JOB } from "../lib/jobs/queue-names";
import { startOwnStack, type OwnStack } from "./support/own-stack";
import { until } from "./support/until";

// A worker killed with SIGKILL in the middle of a booking: `npm start` starts it again, a live
// worker hands the interrupted job back, and the booking completes exactly once, while the web
// app keeps answering. It runs on a stack of its own, after every other journey. Nothing here
// is timed: the test waits (up to a generous limit) and prints how long it took.
const SHIPROCKET = "/shiprocket/v1/external";
const ASSIGN_AWB = `${SHIPROCKET}/courier/assign/awb`;

// One stack for both tests, in order: the second stops it.
test.describe.configure({ mode: "serial" });

let stack: OwnStack;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  stack = await startOwnStack();
});
test.afterAll(async () => stack?.stop());

async function one<T>(sql: string, values: unknown[] = []): Promise<T | undefined> {
  return (await stack.db.query(sql, values)).rows[0] as T | undefined;
}

/** Asks for the health check and a page every 250 ms until stopped; counts what was not 2xx. */
function keepAsking(base: string) {
  const failures: string[] = [];
  let asked = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      for (const path of ["/api/health", "/login"]) {
        asked++;
        const res = await fetch(`${base}${path}`).catch((error: Error) => error);
        if (res instanceof Error || !res.ok)
          failures.push(`${path}: ${res instanceof Error ? res.message : res.status}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return { asked, failures };
    },
  };
}

async function sandboxRequests(prefix: string): Promise<number> {
  const res = await fetch(
    `${stack.sandbox}/_control/requests?prefix=${encodeURIComponent(prefix)}`,
  );
  return ((await res.json()) as { requests: unknown[] }).requests.length;
}

test("a worker killed mid-booking is restarted and the booking completes once", async () => {
  test.setTimeout(300_000);
  const order = (await one<{ id: string; number: string }>(
    `SELECT o.id, o.number FROM "Order" o WHERE o.status = 'PACKED'
       AND NOT EXISTS (SELECT 1 FROM "Shipment" s WHERE s."orderId" = o.id)
     ORDER BY o.number DESC LIMIT 1`,
  ))!;
  const account = (await one<{ id: string }>(
    `SELECT id FROM "CourierAccount" WHERE courier = 'SHIPROCKET' AND NOT "dryRun" LIMIT 1`,
  ))!;
  // The courier takes 10 s to issue this AWB: long enough to kill the worker while it waits.
  await fetch(`${stack.sandbox}/_control/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ prefix: ASSIGN_AWB, latencyMs: 10_000, times: 1 }),
  });
  const boss = new PgBoss({
    connectionString: stack.databaseUrl,
    schema: "pgboss",
    supervise: false,
    schedule: false,
  });
  boss.on("error", () => {});
  await boss.start();
  const jobId = await boss.send(BOOK_SHIPMENT_JOB, {
    orderId: order.id,
    courierAccountId: account.id,
  });
  await boss.stop({ graceful: false });
  expect(jobId).toBeTruthy();

  const asking = keepAsking(stack.base);
  const running = await until(
    "the worker to be waiting for the AWB",
    async () =>
      (await sandboxRequests(ASSIGN_AWB)) > 0
        ? one<{ pid: number; workerId: string }>(
            `SELECT h.pid, h."workerId" FROM "RunningJob" r
               JOIN "WorkerHeartbeat" h ON h."workerId" = r."workerId" WHERE r."jobId" = $1`,
            [jobId],
          )
        : undefined,
    60_000,
  );
  const killedAt = Date.now();
  process.kill(running.pid, "SIGKILL");

  const done = await until(
    "the booking job to complete",
    () =>
      one<{ state: string }>(
        `SELECT state::text FROM pgboss.job WHERE id = $1 AND state = 'completed'`,
        [jobId],
      ),
    240_000,
  );
  const seconds = ((Date.now() - killedAt) / 1000).toFixed(1);
  const { asked, failures } = await asking.stop();
  console.log(
    `worker ${running.pid} killed mid-booking; job ${done.state} ${seconds} s later; ` +
      `${asked} requests to the web app meanwhile, ${failures.length} failed`,
  );

  expect(failures).toEqual([]);
  expect(stack.output()).toContain("worker killed by SIGKILL");
  const restarted = await one<{ n: number }>(
    `SELECT count(*)::int AS n FROM "WorkerHeartbeat" WHERE pid <> $1 AND "aliveAt" > now() - interval '20 seconds'`,
    [running.pid],
  );
  expect(restarted?.n).toBeGreaterThan(0);
  const shipments = (
    await stack.db.query(
      `SELECT status::text, awb FROM "Shipment" WHERE "orderId" = $1 AND direction = 'FORWARD'`,
      [order.id],
    )
  ).rows as { status: string; awb: string | null }[];
  expect(shipments).toEqual([{ status: "BOOKED", awb: expect.any(String) }]);
  expect(await sandboxRequests(ASSIGN_AWB)).toBe(1);
  const shipped = await one<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OutboxEvent" WHERE type = 'OrderShipped' AND "aggregateId" = $1`,
    [order.id],
  );
  expect(shipped?.n).toBe(1);
});

test("Ctrl-C stops the stack cleanly and quietly", async () => {
  const { code, printed } = await stack.interrupt();
  console.log(`npm start stopped with exit ${code}, printing:\n${printed.trim()}`);

  expect(code).toBe(0);
  expect(printed).toContain("Packline stopped.");
  // no stack trace and nothing logged as an error (the services log JSON lines)
  expect(printed).not.toMatch(/^\s+at /m);
  expect(printed).not.toContain(`"level":"error"`);
  // the web app went with it
  expect(await fetch(`${stack.base}/api/health`).catch(() => null)).toBeNull();
});

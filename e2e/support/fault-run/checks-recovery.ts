import type pg from "pg";
import { check, rows, some, type Check } from "./check";
import type { ClientTally } from "./client";
import type { FaultLog } from "./faults";

/** Jobs still to run or running on the booking queue, and bulk items without an outcome. */
export async function unfinishedBookings(db: pg.Pool, runId: string) {
  const [jobs, items] = await Promise.all([
    rows<{ state: string }>(
      db,
      `SELECT state::text FROM pgboss.job WHERE name = 'shipment-book'
         AND state IN ('created', 'retry', 'active')`,
    ),
    rows<{ state: string }>(
      db,
      `SELECT state::text FROM "BulkBookingItem" WHERE "runId" = $1 AND state = 'QUEUED'`,
      [runId],
    ),
  ]);
  return jobs.length + items.length;
}

export async function checkRecovery(
  db: pg.Pool,
  faults: FaultLog,
  runId: string,
): Promise<Check[]> {
  const interrupted = await rows<{ id: string; name: string; state: string }>(
    db,
    `SELECT id::text, name, state::text FROM pgboss.job WHERE id = ANY($1::uuid[])`,
    [faults.interruptedJobs.map((j) => j.jobId)],
  );
  // A scheduled queue's interrupted run may be superseded by a later tick's (lib/jobs/README.md):
  // only for queues with a schedule, and only by a run created after the kill.
  const superseded = await rows<{ name: string }>(
    db,
    `SELECT DISTINCT j.name FROM pgboss.job j JOIN pgboss.schedule s ON s.name = j.name
       WHERE j.name = ANY($1) AND j.state = 'completed'
         AND j.created_on > to_timestamp($2::double precision / 1000)`,
    [interrupted.map((j) => j.name), faults.killedAt ?? Date.now()],
  );
  const done = new Set(superseded.map((s) => s.name));
  const unfinished = interrupted.filter(
    (j) => j.state !== "completed" && !(j.state === "failed" && done.has(j.name)),
  );
  const items = await rows<{ state: string; n: number }>(
    db,
    `SELECT state::text, count(*)::int AS n FROM "BulkBookingItem" WHERE "runId" = $1 GROUP BY 1`,
    [runId],
  );
  const failed = await rows<{ reason: string; n: number }>(
    db,
    `SELECT coalesce(reason, '') AS reason, count(*)::int AS n FROM "BulkBookingItem"
       WHERE "runId" = $1 AND state = 'FAILED' GROUP BY 1 ORDER BY 2 DESC`,
    [runId],
  );
  const claimed = await rows(
    db,
    `SELECT o.number FROM "Shipment" s JOIN "Order" o ON o.id = s."orderId"
       JOIN "BulkBookingItem" i ON i."orderId" = s."orderId" AND i."runId" = $1
       WHERE s.status = 'PENDING'`,
    [runId],
  );
  const pending = await unfinishedBookings(db, runId);
  // Where the unfinished ones stand, for a failure to say: the booking jobs by state, attempt
  // and when they may run next, and why each waiting item waits.
  const stuck = pending
    ? await rows(
        db,
        `SELECT j.state::text, j.retry_count AS retries, count(*)::int AS jobs,
                min(j.start_after) AS "nextAt", min(i.reason) AS reason
           FROM pgboss.job j LEFT JOIN "BulkBookingItem" i ON i."jobId" = j.id::text
          WHERE j.name = 'shipment-book' AND j.state IN ('created', 'retry', 'active')
          GROUP BY 1, 2 ORDER BY 1, 2`,
      )
    : [];
  const orphaned = await rows(
    db,
    `SELECT r."jobId", r.queue FROM "RunningJob" r JOIN "WorkerHeartbeat" h
       ON h."workerId" = r."workerId" WHERE h.pid = $1`,
    [faults.killedPid],
  );
  const counts = items.map((i) => `${i.n} ${i.state}`).join(", ");
  return [
    check(
      "every interrupted job completed",
      interrupted.length > 0 &&
        interrupted.length === faults.interruptedJobs.length &&
        unfinished.length === 0 &&
        orphaned.length === 0,
      `${faults.interruptedJobs.length} runs interrupted by the SIGKILL ` +
        `(${perQueue(faults.interruptedJobs)})` +
        (unfinished.length ? `; not completed: ${some(unfinished)}` : "; all completed") +
        (orphaned.length ? `; still held by the dead worker: ${some(orphaned)}` : ""),
    ),
    check(
      "the bulk booking finished, no booking left claimed or queued",
      pending === 0 && claimed.length === 0 && !items.some((i) => i.state === "QUEUED"),
      `bulk booking items: ${counts}` +
        (failed.length ? ` (failed: ${some(failed.map((f) => `${f.n} × ${f.reason}`))})` : "") +
        (claimed.length ? `; still claimed: ${some(claimed)}` : "") +
        (pending ? `; ${pending} booking jobs or items unfinished: ${some(stuck, 10)}` : ""),
    ),
  ];
}

/** "20 shipment-book, 1 outbox-deliver" */
function perQueue(jobs: { queue: string }[]): string {
  const counts = new Map<string, number>();
  for (const { queue } of jobs) counts.set(queue, (counts.get(queue) ?? 0) + 1);
  return [...counts].map(([queue, n]) => `${n} ${queue}`).join(", ");
}

type Probe = { atMs: number; web: string; path: string; status: number | string };

/** Web processes answer through the worker kill; a 503 only while the database is down. */
export function checkAvailability(probes: Probe[], faults: FaultLog, tally: ClientTally): Check[] {
  const [from, to] = faults.workerDownWindow ?? [0, 0];
  const duringKill = probes.filter((p) => p.atMs >= from && p.atMs < to);
  const failed = duringKill.filter((p) => p.status !== 200);
  const unavailable = probes.filter((p) => p.status !== 200).length;
  return [
    check(
      "web answered throughout the worker kill",
      duringKill.length > 0 && failed.length === 0,
      `${duringKill.length} probes while the worker was killed and restarted` +
        (failed.length ? `; failed: ${some(failed)}` : "") +
        `; over the whole run ${unavailable} of ${probes.length} probes were not 200 ` +
        `(the database restart took ${((faults.databaseDownMs ?? 0) / 1000).toFixed(1)} s)`,
    ),
    check(
      "no 5xx but 503 to any client",
      tally.serverErrors.length === 0,
      `${tally.requests} requests, ${tally.unavailable} answered 503 and ${tally.networkErrors} ` +
        `dropped, all sent again` +
        (tally.serverErrors.length ? `; other 5xx: ${some(tally.serverErrors)}` : ""),
    ),
  ];
}

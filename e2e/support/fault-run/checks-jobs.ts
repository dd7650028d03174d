import type pg from "pg";
import { check, rows, some, type Check } from "./check";

/**
 * One run per scheduled slot: pg-boss's cron queues the store sync at most once a minute, and the
 * scheduled runs it made (SyncRun, trigger "schedule") never overlap nor come closer than the
 * source's interval less its 10 s of slack (sync-due-sources.ts).
 */
export async function checkScheduledSync(db: pg.Pool, since: Date): Promise<Check[]> {
  const [cron] = await rows<{ jobs: number }>(
    db,
    `SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'order-sync' AND created_on >= $1`,
    [since],
  );
  const doubledSlots = await rows(
    db,
    `SELECT date_trunc('minute', created_on) AS slot, count(*)::int AS jobs FROM pgboss.job
       WHERE name = 'order-sync' AND created_on >= $1 GROUP BY 1 HAVING count(*) > 1`,
    [since],
  );
  const runs = await rows<{ startedAt: Date; finishedAt: Date | null; interval: number }>(
    db,
    `SELECT r."startedAt", r."finishedAt", c."syncIntervalMinutes" AS interval FROM "SyncRun" r
       JOIN "OrderSourceConfig" c ON c.id = r."sourceId"
       WHERE r.trigger = 'schedule' AND r."startedAt" >= $1 ORDER BY r."startedAt"`,
    [since],
  );
  const tooClose = runs.slice(1).flatMap((run, i) => {
    const prev = runs[i]!;
    const gapMs = run.startedAt.getTime() - prev.startedAt.getTime();
    const overlaps = !prev.finishedAt || prev.finishedAt > run.startedAt;
    return overlaps || gapMs < prev.interval * 60_000 - 10_000
      ? [`${prev.startedAt.toISOString()} → ${run.startedAt.toISOString()}`]
      : [];
  });
  return [
    check(
      "one scheduled store sync per slot",
      doubledSlots.length === 0 && tooClose.length === 0 && runs.length > 0,
      `${cron!.jobs} cron jobs queued, ${runs.length} scheduled runs` +
        (doubledSlots.length ? `; cron queued twice in ${some(doubledSlots)}` : "") +
        (tooClose.length ? `; runs too close or overlapping: ${some(tooClose)}` : ""),
    ),
  ];
}

export async function checkOutbox(
  db: pg.Pool,
  subscriberId: string,
  received: string[],
): Promise<Check[]> {
  const since = await rows<{ id: string }>(
    db,
    `SELECT e.id FROM "OutboxEvent" e, "EventSubscriber" s
       WHERE s.id = $1 AND e."createdAt" >= s."createdAt"`,
    [subscriberId],
  );
  const deliveries = await rows<{ eventId: string; status: string }>(
    db,
    `SELECT "eventId", status::text FROM "OutboxDelivery" WHERE "subscriberId" = $1`,
    [subscriberId],
  );
  const delivered = new Set(
    deliveries.filter((d) => d.status === "DELIVERED").map((d) => d.eventId),
  );
  const got = new Set(received);
  const undelivered = since.filter((e) => !delivered.has(e.id)).map((e) => e.id);
  const notReceived = [...delivered].filter((id) => !got.has(id));
  const unexpected = [...got].filter((id) => !delivered.has(id));
  return [
    check(
      // Once as recorded (one DELIVERED row per event and subscriber). Delivery is at least once
      // (lib/events/README.md): a worker killed between the POST and recording it posts again,
      // and the subscriber dedupes on X-Packline-Event-Id, so repeats are counted, not failed.
      "every outbox event delivered to the subscriber (recorded once)",
      since.length > 0 &&
        undelivered.length === 0 &&
        notReceived.length === 0 &&
        unexpected.length === 0,
      `${since.length} events since the subscriber was registered, ${delivered.size} deliveries ` +
        `DELIVERED, ${got.size} distinct events received (${received.length - got.size} received again)` +
        (undelivered.length ? `; not delivered: ${some(undelivered)}` : "") +
        (notReceived.length ? `; DELIVERED but never received: ${some(notReceived)}` : "") +
        (unexpected.length ? `; received but not DELIVERED: ${some(unexpected)}` : ""),
    ),
  ];
}

/**
 * Every customer SMS and WhatsApp message sent once: each sent (DELIVERED) notification's id at the provider is in
 * the sandbox's log exactly once, and the sandbox received nothing else.
 */
export async function checkNotifications(
  db: pg.Pool,
  sandbox: string,
  since: Date,
): Promise<Check[]> {
  const logs = {
    SMS: (
      (await (await fetch(`${sandbox}/_control/sms/messages`)).json()) as {
        messages: { requestId: string }[];
      }
    ).messages.map((m) => m.requestId),
    WHATSAPP: (
      (await (await fetch(`${sandbox}/_control/whatsapp/messages`)).json()) as {
        messages: { id: string }[];
      }
    ).messages.map((m) => m.id),
  };
  const notes = await rows<{
    channel: "SMS" | "WHATSAPP";
    status: string;
    providerRef: string | null;
  }>(
    db,
    `SELECT channel::text, status::text, "providerRef" FROM "Notification"
       WHERE channel IN ('SMS', 'WHATSAPP') AND ("createdAt" >= $1 OR "sentAt" >= $1)`,
    [since],
  );
  const problems: string[] = [];
  for (const channel of ["SMS", "WHATSAPP"] as const) {
    const sent = notes.filter((n) => n.channel === channel && n.status === "DELIVERED");
    const log = logs[channel];
    const times = (ref: string | null) => log.filter((id) => id === ref).length;
    const notOnce = sent.filter((n) => times(n.providerRef) !== 1).map((n) => n.providerRef);
    if (notOnce.length)
      problems.push(`${channel} not in the sandbox exactly once: ${some(notOnce)}`);
    if (log.length !== sent.length)
      problems.push(`${channel}: the sandbox received ${log.length}, Packline sent ${sent.length}`);
  }
  const unsent = notes.filter((n) => n.status !== "DELIVERED");
  if (unsent.length) problems.push(`not sent: ${some(unsent)}`);
  const count = (c: string) => notes.filter((n) => n.channel === c).length;
  return [
    check(
      "every customer notification sent once",
      problems.length === 0 && notes.length > 0,
      `${count("SMS")} SMS and ${count("WHATSAPP")} WhatsApp messages` +
        (problems.length ? `; ${problems.join("; ")}` : "; each in the sandbox's log once"),
    ),
  ];
}

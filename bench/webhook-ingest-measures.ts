// Measures of bench/webhook-ingest.ts that run beside the HTTP load: the bare-upsert baseline
// and the wait until the worker has applied every stored delivery.
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { COURIER_WEBHOOK_READERS } from "@/lib/webhooks/courier-webhook-readers";
import type { LoadRequest } from "./http-load";
import { percentile } from "./percentile";

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same rows as the webhook routes store, each one bare INSERT … ON CONFLICT DO NOTHING. */
export async function bareUpserts(url: string, requests: LoadRequest[]) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE TABLE bench_upsert (LIKE "WebhookEvent" INCLUDING ALL)`);
  await admin.end();
  const rows = requests.map((r) => {
    const provider = r.path.split("/").pop()!;
    const events = COURIER_WEBHOOK_READERS[provider]!.read(r.body!) ?? [];
    const eventId = events.length === 1 ? events[0]!.eventId : null;
    return { provider, eventId, hash: createHash("sha256").update(r.body!).digest("hex"), ...r };
  });
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const t0 = performance.now();
        await client.query(
          `INSERT INTO bench_upsert (id, provider, "eventId", "bodyHash", "rawBody", headers,
             "signatureValid", status, attempts, "receivedAt")
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, true, 'RECEIVED', 0, now())
           ON CONFLICT DO NOTHING`,
          [
            randomUUID(),
            row.provider,
            row.eventId,
            row.hash,
            row.body,
            JSON.stringify(row.headers),
          ],
        );
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(clients.map((c) => c.end()));
  return { ratePerSecond: rows.length / seconds, p95Ms: percentile(times, 0.95) };
}

/** Seconds from now until no courier delivery is waiting, and what the stored rows hold. */
export async function drained(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const count = async () =>
    (
      await client.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM "WebhookEvent" WHERE status = 'RECEIVED'`,
      )
    ).rows[0]!.waiting;
  while ((await count()) > 0 && performance.now() - started < 600_000) await sleep(100);
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await client.query<{ status: string; n: number; applied: number }>(
    `SELECT status::text, count(*)::int AS n FROM "WebhookEvent" GROUP BY status ORDER BY status`,
  );
  const scans = (
    await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "TrackingEvent"`)
  ).rows[0]!.n;
  await client.end();
  return { seconds, byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])), scans };
}

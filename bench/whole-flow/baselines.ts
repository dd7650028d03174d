import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { webhookBody } from "@/lib/couriers/shiprocket/fixtures/webhook-samples";
import { percentile } from "../percentile";
import { root } from "./stack";

// The floors the flow's figures are compared with, measured in the same run on the same
// database and server: what PostgreSQL alone does per webhook and per pick, and what the web
// server answers for a route that does no work.
export interface Baseline {
  perSecond: number;
  p50: number;
  /** the tail latency the floor's tool reports: `tailName` says which (p95, or p97.5) */
  tail: number;
  tailName: "p95" | "p97.5";
  note: string;
}

const CLIENTS = 16;

/** `statement(i)` from 16 pg clients back to back for `seconds`. */
async function sqlFloor(
  url: string,
  seconds: number,
  statement: (i: number) => [string, unknown[]],
) {
  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  const times: number[] = [];
  let i = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < end) {
          const [text, values] = statement(i++);
          const at = performance.now();
          await client.query(text, values);
          times.push(performance.now() - at);
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  const elapsed = (performance.now() - started) / 1000;
  return {
    perSecond: Math.round(times.length / elapsed),
    p50: round(percentile(times, 0.5)),
    tail: round(percentile(times, 0.95)),
    tailName: "p95" as const,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * A webhook's row alone: `INSERT … ON CONFLICT DO NOTHING` of a Shiprocket-sized body into a
 * copy of WebhookEvent with the same unique indexes, 10 % of them repeats (the conflict path).
 */
export async function bareUpsert(url: string, seconds: number): Promise<Baseline> {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE TABLE IF NOT EXISTS bench_webhook (LIKE "WebhookEvent" INCLUDING ALL)`);
  await setup.end();
  const sql = `INSERT INTO bench_webhook (id, provider, "eventId", "eventType", "bodyHash", "rawBody",
      headers, "signatureValid", status, attempts, "receivedAt")
    VALUES ($1, 'shiprocket', $2, 'tracking', $3, $4, '{}'::jsonb, true, 'RECEIVED', 0, now())
    ON CONFLICT DO NOTHING`;
  const floor = await sqlFloor(url, seconds, (i) => {
    const n = i % 10 === 9 ? i - 1 : i;
    const body = JSON.stringify({ ...webhookBody, awb: `BASE${n}` });
    const hash = createHash("sha256").update(body).digest("hex");
    return [sql, [randomUUID(), `e${n}`, hash, body]];
  });
  return { ...floor, note: `16 pg clients, ${seconds} s, 10 % repeats` };
}

/** One SQL round trip, the least a pick can cost: `SELECT 1` from 16 pg clients. */
export async function bareRoundTrip(url: string, seconds: number): Promise<Baseline> {
  return {
    ...(await sqlFloor(url, seconds, () => ["SELECT 1", []])),
    note: `SELECT 1, 16 pg clients, ${seconds} s`,
  };
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
}

/**
 * autocannon (its own process) at 16 connections for `seconds` against `pathname` of the same
 * server. autocannon reports p97.5, not p95: the row says so, and so does the table's ratio.
 */
export async function bareHttp(base: string, pathname: string, seconds: number): Promise<Baseline> {
  const bin = path.join(root, "node_modules/.bin/autocannon");
  const { stdout } = await promisify(execFile)(
    bin,
    ["-c", "16", "-d", String(seconds), "-j", `${base}${pathname}`],
    {
      maxBuffer: 1 << 24,
    },
  );
  const result = JSON.parse(stdout) as AutocannonResult;
  if (result.non2xx || result.errors)
    throw new Error(
      `autocannon on ${pathname}: ${result.non2xx} non-2xx answers, ${result.errors} errors.`,
    );
  return {
    perSecond: Math.round(result.requests.total / seconds),
    p50: result.latency.p50,
    tail: result.latency.p97_5,
    tailName: "p97.5",
    note: `autocannon GET ${pathname}, 16 connections, ${seconds} s (p97.5)`,
  };
}

// Webhook ingest over HTTP: courier tracking webhooks from 16 connections, 10 % exact duplicates,
// against a production `next start` with the compiled worker beside it (the worker applies what
// the routes store), on a private durable PostgreSQL. The load comes from a separate process
// (bench/http-load.ts, autocannon). Baselines in the same run: GET /api/ping (a route of the same
// server through the same wrapper, touching no database), and a bare INSERT … ON CONFLICT DO
// NOTHING of the same rows from 16 pg clients. After the load: how long until every stored
// delivery is applied, and a check that every distinct scan was applied once.
// Needs `npm run build` (next build + dist/worker.mjs); it runs it first if either is missing.
// Run: npx tsx bench/webhook-ingest.ts   (EVENTS=8000 SHIPMENTS=3000 CONNECTIONS=16;
// APP_DIR=<another checkout, built> measures that build against the same data)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import type { LoadPlan, LoadRequest, LoadResult } from "./http-load";
import { bareUpserts, drained } from "./webhook-ingest-measures";
import { ENCRYPTION_KEY, seedShipments, webhookRequests } from "./webhook-ingest-data";

const EVENTS = Number(process.env.EVENTS ?? 8000);
const SHIPMENTS = Number(process.env.SHIPMENTS ?? 3000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const root = path.resolve(__dirname, "..");
const appDir = path.resolve(process.env.APP_DIR ?? root);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function ensureBuilt() {
  if (["dist/worker.mjs", ".next/BUILD_ID"].every((f) => existsSync(path.join(appDir, f)))) return;
  console.log(`building ${appDir} (npm run build) …`);
  const built = spawnSync("npm", ["run", "build"], { cwd: appDir, stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build failed");
}

/** Runs one load plan in the separate load process. */
function load(url: string, requests: LoadRequest[]): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "packline-load-"));
  const file = path.join(dir, "plan.json");
  writeFileSync(
    file,
    JSON.stringify({ url, connections: CONNECTIONS, requests } satisfies LoadPlan),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/http-load.ts", file], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadResult)
        : reject(new Error(`load exited ${code}`)),
    );
  });
}

function startApp(databaseUrl: string, port: number) {
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!!",
    PACKLINE_ENCRYPTION_KEY: ENCRYPTION_KEY.toString("base64"),
    LOG_LEVEL: "error",
  };
  const next = path.join(appDir, "node_modules/next/dist/bin/next");
  return [
    spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: appDir,
      env: { ...env, PACKLINE_SERVICE: "web" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
    spawn(process.execPath, ["dist/worker.mjs"], {
      cwd: appDir,
      env: { ...env, PACKLINE_SERVICE: "worker", MALLOC_ARENA_MAX: "2" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  ];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const perSecond = (n: number) => `${Math.round(n).toLocaleString("en-IN")}/s`;
const loadNow = () => `${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`;

async function main() {
  ensureBuilt();
  const database = await startBenchDatabase("webhook-ingest");
  await deployMigrations(database.url);
  await seedShipments(database.url, SHIPMENTS);
  const port = await freePort();
  const processes = startApp(database.url, port);
  const base = `http://127.0.0.1:${port}`;
  while (
    !(await fetch(`${base}/api/ping`)
      .then((r) => r.ok)
      .catch(() => false))
  )
    await sleep(200);

  const ping: LoadRequest = { method: "GET", path: "/api/ping", headers: {} };
  const { requests, distinct } = webhookRequests(EVENTS, SHIPMENTS);
  // warm-up: compiles paths and fills pools; its deliveries are about parcels nobody has
  await load(
    base,
    Array.from({ length: 1000 }, () => ping),
  );
  await load(base, webhookRequests(600, 1000, SHIPMENTS).requests);
  await drained(database.url);

  const trivial = await load(
    base,
    Array.from({ length: EVENTS }, () => ping),
  );
  const trivialLoad = loadNow();
  const ingest = await load(base, requests);
  const ingestLoad = loadNow();
  const applied = await drained(database.url);
  const bare = await bareUpserts(database.url, requests);
  for (const child of processes) child.kill("SIGTERM");
  await Promise.all(processes.map((c) => new Promise((resolve) => c.once("exit", resolve))));
  await database.stop();

  const ingestOk = ingest.statuses["200"] === EVENTS;
  const appliedOnce = applied.scans === distinct && applied.byStatus.RECEIVED === undefined;
  const table = [
    ["figure", "value", "target", "baseline", "ratio"],
    ["trivial route GET /api/ping", perSecond(trivial.ratePerSecond), "", "", ""],
    ["  its p95", ms(trivial.p95Ms), "", "", ""],
    [
      `webhook ingest (${CONNECTIONS} clients, 10 % dup.)`,
      perSecond(ingest.ratePerSecond),
      "≥ 0.5 × trivial",
      perSecond(trivial.ratePerSecond),
      (ingest.ratePerSecond / trivial.ratePerSecond).toFixed(2),
    ],
    [
      "  against a bare upsert",
      perSecond(ingest.ratePerSecond),
      "reported",
      perSecond(bare.ratePerSecond),
      (ingest.ratePerSecond / bare.ratePerSecond).toFixed(3),
    ],
    [
      "  its p95",
      ms(ingest.p95Ms),
      "≤ 50 ms",
      ms(trivial.p95Ms),
      (ingest.p95Ms / trivial.p95Ms).toFixed(2),
    ],
    ["bare INSERT … ON CONFLICT", perSecond(bare.ratePerSecond), "", "", ""],
    ["  its p95", ms(bare.p95Ms), "", "", ""],
    ["applied after the load ended", `${applied.seconds.toFixed(1)} s`, "", "", ""],
    [
      "distinct scans applied once",
      `${applied.scans} of ${distinct}`,
      "all",
      "",
      appliedOnce ? "ok" : "MISMATCH",
    ],
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  console.log(
    `webhook statuses ${JSON.stringify(ingest.statuses)}, stored rows ${JSON.stringify(applied.byStatus)}`,
  );
  console.log(
    `load average after the trivial run ${trivialLoad}, after ingest ${ingestLoad}; app ${appDir}`,
  );
  const results = {
    at: new Date().toISOString(),
    appDir,
    events: EVENTS,
    distinct,
    shipments: SHIPMENTS,
    connections: CONNECTIONS,
    trivial,
    ingest,
    bare,
    applied,
    checks: { ingestOk, appliedOnce },
  };
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(
    path.join(root, "bench/results/webhook-ingest.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  process.exit(ingestOk && appliedOnce ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Webhook ingest over HTTP: courier tracking webhooks from 16 connections, 10 % exact duplicates,
// against a production `next start` with the compiled worker beside it (the worker applies what
// the routes store), on a private durable PostgreSQL. The load comes from a separate process
// (bench/http-load.ts, autocannon). Baselines in the same run: GET /api/ping (a route of the same
// server through the same wrapper, touching no database), and a bare INSERT … ON CONFLICT DO
// NOTHING of the same rows from 16 pg clients. After the load: how long until every stored
// delivery is applied, and a check that every distinct scan was applied once.
// Needs `npm run build` (next build + dist/worker.mjs); it runs it first if either is missing.
// Run: npx tsx bench/webhook-ingest.ts   (EVENTS=8000 SHIPMENTS=3000 CONNECTIONS=16;
// APP_DIR=<another checkout, built> measures that build against the same data; PROFILE_DIR=<dir>
// writes CPU profiles of the web and worker processes)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import type { LoadPlan, LoadRequest, LoadResult } from "./http-load";
import { bareUpserts, drained } from "./webhook-ingest-measures";
import { printReport } from "./webhook-ingest-report";
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

function appEnv(databaseUrl: string, service: string) {
  return {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!!",
    PACKLINE_ENCRYPTION_KEY: ENCRYPTION_KEY.toString("base64"),
    LOG_LEVEL: "error",
    PACKLINE_SERVICE: service,
    ...(service === "worker" && { MALLOC_ARENA_MAX: "2" }),
  };
}

// PROFILE_DIR=<dir>: CPU profiles of the web and worker processes (node --cpu-prof), written
// when they stop
const profile = process.env.PROFILE_DIR
  ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_DIR}`]
  : [];

function startWeb(databaseUrl: string, port: number) {
  const next = path.join(appDir, "node_modules/next/dist/bin/next");
  const args = [...profile, next, "start", "-p", String(port), "-H", "127.0.0.1"];
  return spawn(process.execPath, args, {
    cwd: appDir,
    env: appEnv(databaseUrl, "web"),
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function startWorker(databaseUrl: string) {
  return spawn(process.execPath, [...profile, "dist/worker.mjs"], {
    cwd: appDir,
    env: appEnv(databaseUrl, "worker"),
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function stop(child: ChildProcess): Promise<unknown> {
  child.kill("SIGTERM");
  return new Promise((resolve) => child.once("exit", resolve));
}

async function main() {
  ensureBuilt();
  const database = await startBenchDatabase("webhook-ingest");
  await deployMigrations(database.url);
  // two sets of parcels: one for ingest beside the worker, one for ingest with the apply deferred
  await seedShipments(database.url, 2 * SHIPMENTS);
  const port = await freePort();
  const web = startWeb(database.url, port);
  let worker = startWorker(database.url);
  const base = `http://127.0.0.1:${port}`;
  while (
    !(await fetch(`${base}/api/ping`)
      .then((r) => r.ok)
      .catch(() => false))
  )
    await sleep(200);

  const ping: LoadRequest = { method: "GET", path: "/api/ping", headers: {} };
  const alongside = webhookRequests(EVENTS, SHIPMENTS);
  const deferred = webhookRequests(EVENTS, SHIPMENTS, SHIPMENTS);
  // warm-up: compiles paths and fills pools; its deliveries are about parcels nobody has
  await load(
    base,
    Array.from({ length: 1000 }, () => ping),
  );
  await load(base, webhookRequests(600, 1000, 2 * SHIPMENTS).requests);
  await drained(database.url);

  const trivial = await load(
    base,
    Array.from({ length: EVENTS }, () => ping),
  );
  const ingest = await load(base, alongside.requests);
  const ingestLoad = loadavg()[0]!;
  const applied = await drained(database.url);
  // The same burst with no worker running: what the route alone sustains, applied afterwards.
  await stop(worker);
  const burst = await load(base, deferred.requests);
  worker = startWorker(database.url);
  const burstApplied = await drained(database.url);
  const bare = await bareUpserts(database.url, alongside.requests);
  await Promise.all([stop(web), stop(worker)]);
  await database.stop();

  const results = {
    at: new Date().toISOString(),
    appDir,
    events: EVENTS,
    distinct: alongside.distinct + deferred.distinct,
    shipments: SHIPMENTS,
    connections: CONNECTIONS,
    cores: cpus().length,
    loadAverageAfterIngest: ingestLoad,
    trivial,
    ingest,
    applied,
    burst,
    burstApplied,
    bare,
  };
  const ok = printReport(results);
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(
    path.join(root, "bench/results/webhook-ingest.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

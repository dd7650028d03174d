// `npm start`: installs what is missing, starts a private PostgreSQL (unless DATABASE_URL is
// set), migrates, seeds demo data on the private database's first run (a DATABASE_URL database
// only with --demo; otherwise its first admin is set up), builds, then runs and supervises web +
// worker + sandbox: one that dies is started again (scripts/lib/supervise.mjs). Ctrl-C, SIGINT
// or SIGTERM stops the services, then the database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureGenerated, ensureInstalled } from "./lib/install.mjs";
import { acquireInstanceLock } from "./lib/instance-lock.mjs";
import { portIsFree } from "./lib/ports.mjs";
import { binPath, root, run, runForOutput } from "./lib/run.mjs";
import { localSecrets } from "./lib/secrets.mjs";
import { seedMode } from "./lib/seed-mode.mjs";
import { say, supervise } from "./lib/supervise.mjs";
import { webUrls } from "./lib/web-urls.mjs";
import { WORKER_ENV } from "./lib/worker-env.mjs";
import { KEEP_ALIVE_ARGS, PEER_ADDRESS_IMPORT } from "./lib/web-args.mjs";

const started = performance.now();
const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "data-dir": {
      type: "string",
      default: process.env.PACKLINE_DATA_DIR ?? path.join(root, ".data"),
    },
    ephemeral: { type: "boolean", default: false },
    dev: { type: "boolean", default: false },
    // demo data in a database given through DATABASE_URL too (never without asking)
    demo: { type: "boolean", default: false },
  },
});

const dataDir = args.ephemeral
  ? mkdtempSync(path.join(tmpdir(), "packline-"))
  : path.resolve(args["data-dir"]);
const port = Number(args.port);
// Loopback unless told otherwise: the demo logins must not be open to the whole network.
const host = process.env.HOST || "127.0.0.1";
const { url, localUrl } = webUrls(host, port);
const cleanups = [];
const services = [];
let ready = false;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Packline…");
  await Promise.all(services.map((service) => service.stop()));
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (args.ephemeral) rmSync(dataDir, { recursive: true, force: true });
  console.log("Packline stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => {
  // The terminal is gone: output has nowhere to go, and must not cut the shutdown short.
  process.stdout.on("error", () => {});
  process.stderr.on("error", () => {});
  void shutdown(0);
});

async function waitForHealth(base) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (stopping)
      throw new Error("A service stopped while Packline was starting; see its output above.");
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web app did not become healthy at ${base}/api/health within 4 minutes.`);
}

try {
  ensureInstalled();
  ensureGenerated();
  const { findFreePort, startPrivatePostgres } = await import("./lib/postgres.mjs");
  const { ensureBuilt } = await import("./lib/build.mjs");

  cleanups.push(acquireInstanceLock(dataDir, url));
  if (!(await portIsFree(port)))
    throw new Error(`Port ${port} is already in use. Start with PORT=<another port> npm start.`);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startPrivatePostgres({
      dataDir: path.join(dataDir, "postgres"),
      persistent: !args.ephemeral,
      detached: true,
      // We hold this folder's lock: a database still running here was left by a copy of
      // Packline that was killed outright.
      takeOverLeftover: true,
    });
    cleanups.push(() => pg.stop());
    databaseUrl = pg.url;
    console.log(
      `Private PostgreSQL running on port ${pg.port} (data in ${path.join(dataDir, "postgres")}).`,
    );
  }
  const sandboxPort = Number(
    process.env.SANDBOX_PORT ?? ((await portIsFree(4010)) ? 4010 : await findFreePort()),
  );
  const env = {
    ...process.env,
    ...localSecrets(dataDir),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    SANDBOX_URL: process.env.SANDBOX_URL ?? `http://127.0.0.1:${sandboxPort}`,
    SANDBOX_PORT: String(sandboxPort),
    // The sandbox couriers push tracking webhooks here; their shipments move a step every 45 s
    // in the demo, and only when told to in a throw-away (test) run.
    PACKLINE_URL: process.env.PACKLINE_URL ?? localUrl,
    SANDBOX_STEP_MS: process.env.SANDBOX_STEP_MS ?? (args.ephemeral ? "0" : "45000"),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  run(binPath("tsx"), ["prisma/migrate/cli.ts", "deploy"], { env, label: "database migrations" });
  const mode = seedMode({ databaseUrl: process.env.DATABASE_URL, demo: args.demo });
  const prepared = runForOutput(
    binPath("tsx"),
    ["prisma/seed.ts", "--json", ...(mode === "demo" ? ["--demo"] : [])],
    { env, label: mode === "demo" ? "demo seed" : "first-admin set-up" },
  );
  // The last line is the seed's answer: what to print once Packline is up.
  const { later } = JSON.parse(prepared.trim().split("\n").at(-1));
  if (!args.dev) ensureBuilt(env);

  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const commands = {
    sandbox: ["--import", "tsx", "sandbox/main.ts"],
    worker: ["--import", "tsx", "lib/jobs/worker.ts"],
    web: args.dev
      ? [...PEER_ADDRESS_IMPORT, next, "dev", "-p", String(port), "-H", host]
      : [...PEER_ADDRESS_IMPORT, next, "start", "-p", String(port), "-H", host, ...KEEP_ALIVE_ARGS],
  };
  for (const [name, nodeArgs] of Object.entries(commands)) {
    const service = supervise({
      name,
      args: nodeArgs,
      env: { ...env, ...(name === "worker" ? WORKER_ENV : {}), PACKLINE_SERVICE: name },
      // Dying before Packline ever answered is a fault to show, not to retry in a loop.
      onExit: (how) => {
        if (ready) return true;
        console.error(`${name} ${how} while Packline was starting.`);
        void shutdown(1);
        return false;
      },
    });
    services.push(service);
  }

  await waitForHealth(localUrl);
  ready = true;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nPackline is running at ${url}  (ready in ${seconds}s; Ctrl-C stops everything)`);
  if (host !== "127.0.0.1" && host !== "localhost")
    say(`The web app listens on ${host}: other machines can reach it (HOST=${host}).`);
  if (later.length) console.log(`\n${later.join("\n")}`);
  console.log(`\nCourier/store sandbox: ${env.SANDBOX_URL}   Health: ${url}/api/health\n`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  await shutdown(1);
}

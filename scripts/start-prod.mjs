// `npm run start:prod`: production on one machine, after `npm run build`. Applies pending
// migrations (compiled runner) and, while the database has no users, sets up the first admin
// (dist/setup.mjs: from PACKLINE_ADMIN_EMAIL/PASSWORD, or a one-time link it prints), then runs the web app (`next start`) and the worker
// (dist/worker.mjs) as separate processes against DATABASE_URL: no private PostgreSQL, no
// sandbox, no demo data. SIGTERM/SIGINT is passed to both, which stop gracefully; if one of them
// exits, the other is stopped too and this exits non-zero, for the supervisor (systemd, a
// container runtime) to restart. To run them in separate containers or hosts, use
// `npm run migrate:prod`, `npm run web:prod` and `npm run worker:prod` instead (README,
// "Production").
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { root } from "./lib/run.mjs";
import { WORKER_ENV } from "./lib/worker-env.mjs";
import { KEEP_ALIVE_ARGS, PEER_ADDRESS_IMPORT } from "./lib/web-args.mjs";

const missing = ["dist/worker.mjs", "dist/migrate.mjs", "dist/setup.mjs", ".next/BUILD_ID"].filter(
  (file) => !existsSync(path.join(root, file)),
);
if (missing.length) fail(`${missing.join(", ")} missing: run \`npm run build\` first.`);
if (!process.env.DATABASE_URL) fail("DATABASE_URL is not set: production needs its PostgreSQL.");

const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
if (!process.argv.includes("--skip-migrate")) {
  const migrate = spawnSync(process.execPath, ["dist/migrate.mjs", "deploy"], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (migrate.status !== 0) fail("Migrations failed; nothing was started.");
}
const setup = spawnSync(process.execPath, ["dist/setup.mjs"], { cwd: root, env, stdio: "inherit" });
if (setup.status !== 0) fail("Setting up the first admin failed; nothing was started.");

const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";
const children = {
  web: spawn(
    process.execPath,
    [...PEER_ADDRESS_IMPORT, next, "start", "-p", port, "-H", host, ...KEEP_ALIVE_ARGS],
    {
      cwd: root,
      env: { ...env, PACKLINE_SERVICE: "web" },
      stdio: "inherit",
    },
  ),
  worker: spawn(process.execPath, ["dist/worker.mjs"], {
    cwd: root,
    env: {
      ...env,
      ...WORKER_ENV,
      PACKLINE_SERVICE: "worker",
      WORKER_HEALTH_PORT: process.env.WORKER_HEALTH_PORT ?? "3001",
    },
    stdio: "inherit",
  }),
};

let stopping = false;
let stopSignal;
let exitCode = 0;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  stopSignal = signal;
  for (const child of Object.values(children)) if (child.exitCode === null) child.kill(signal);
}
process.on("SIGTERM", () => stopAll("SIGTERM"));
process.on("SIGINT", () => stopAll("SIGINT"));

let running = Object.keys(children).length;
for (const [name, child] of Object.entries(children)) {
  child.on("exit", (code, signal) => {
    running -= 1;
    if (!stopping) {
      console.error(`${name} exited (${signal ?? `code ${code}`}); stopping the other process.`);
      exitCode = 1;
      stopAll("SIGTERM");
    } else {
      console.log(`${name} stopped (${signal ?? `code ${code}`}).`);
      // Next exits 128 + the signal's number once it has shut down cleanly; the worker exits 0.
      if (code !== 0 && code !== 128 + constants.signals[stopSignal]) exitCode = 1;
    }
    if (running === 0) process.exit(exitCode);
  });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

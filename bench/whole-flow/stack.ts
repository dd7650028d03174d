import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "@/scripts/lib/postgres.mjs";
import { supervise, type SupervisedService } from "@/scripts/lib/supervise.mjs";
import { PEER_ADDRESS_IMPORT } from "@/scripts/lib/web-args.mjs";
import { WORKER_ENV } from "@/scripts/lib/worker-env.mjs";
import { startBenchDatabase, type BenchDatabase } from "../bench-database";

export const root = path.resolve(__dirname, "../..");
const BUILT = ["dist/worker.mjs", "dist/sandbox.mjs", "dist/migrate.mjs", ".next/BUILD_ID"];

/** Stops what was started, newest first; safe to call twice (Ctrl-C during a stop). */
export class Cleanup {
  private steps: (() => Promise<void>)[] = [];
  add(step: () => Promise<void>) {
    this.steps.push(step);
  }
  async run() {
    const steps = this.steps.reverse();
    this.steps = [];
    for (const step of steps) await step().catch((e) => console.error(String(e)));
  }
}

function runOrFail(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}); see above.`);
}

/** `npm run build` when a production artifact is missing; answers whether it built. */
export function ensureProductionBuild(): boolean {
  if (BUILT.every((file) => existsSync(path.join(root, file)))) return false;
  console.log("No production build here: running `npm run build` first…");
  runOrFail("npm run build", "npm", ["run", "build"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  return true;
}

export interface Stack {
  database: BenchDatabase;
  base: string;
  sandbox: string;
  env: NodeJS.ProcessEnv;
  /** the web server's process id, for profiling and CPU accounting */
  webPid: () => number | undefined;
}

/** The environment every Packline process of the run shares (secrets made up for the run). */
function stackEnv(databaseUrl: string, webPort: number, sandboxPort: number): NodeJS.ProcessEnv {
  const base = `http://127.0.0.1:${webPort}`;
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // errors only: warnings (SMTP not configured for each notification…) would bury the report
    LOG_LEVEL: "error",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    PACKLINE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    METRICS_TOKEN: randomBytes(24).toString("base64url"),
    SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
    SANDBOX_PORT: String(sandboxPort),
    PACKLINE_URL: base,
    // Couriers move only when told: the load process sends the tracking webhooks itself.
    SANDBOX_STEP_MS: "0",
    // The load process stands in for a proxy naming each buyer's address (flow-customer.ts).
    TRUSTED_PROXIES: "1",
  };
}

async function waitFor(url: string, what: string, services: SupervisedService[]) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const down = services.find((s) => s.pid === undefined);
    if (down)
      throw new Error(`The ${down.name} process stopped while starting; see its output above.`);
    const res = await fetch(url).catch(() => null);
    if (res && res.status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer ${url} within 2 minutes.`);
}

/**
 * Production as `npm run start:prod` runs it (compiled migration runner, `next start`, the
 * compiled worker) plus the compiled sandbox, on a durable private PostgreSQL; `prepare` runs
 * between migrating and starting web + worker (the demo seed and the growth to 100,000 orders).
 * A service that dies fails the run instead of being restarted (supervise's onExit).
 */
export async function startStack(
  ports: { web: number; sandbox: number },
  cleanup: Cleanup,
  prepare: (env: NodeJS.ProcessEnv) => Promise<void>,
): Promise<Stack> {
  const database = await startBenchDatabase("whole-flow");
  cleanup.add(() => database.stop());
  const env = stackEnv(database.url, ports.web, ports.sandbox);
  runOrFail("Migrations", process.execPath, ["dist/migrate.mjs", "deploy"], env);

  let running = true;
  const started: SupervisedService[] = [];
  const start = (name: string, args: string[], extra: Record<string, string> = {}) => {
    const service = supervise({
      name,
      args,
      env: { ...env, ...extra, PACKLINE_SERVICE: name },
      onExit: (how) => {
        if (running) console.error(`\n${name} ${how} during the bench: the figures are void.`);
        return false;
      },
    });
    started.push(service);
    cleanup.add(async () => {
      running = false;
      await service.stop(10_000);
    });
    return service;
  };
  start("sandbox", ["dist/sandbox.mjs"]);
  await waitFor(`${env.SANDBOX_URL}/_control/health`, "The sandbox", started);
  runOrFail(
    "The demo seed",
    path.join(root, "node_modules/.bin/tsx"),
    ["prisma/seed.ts", "--demo"],
    env,
  );
  await prepare(env);

  const next = path.join(root, "node_modules/next/dist/bin/next");
  const web = start("web", [
    ...(process.env.WHOLE_FLOW_PROFILE
      ? ["--cpu-prof", "--cpu-prof-dir", process.env.WHOLE_FLOW_PROFILE]
      : []),
    ...PEER_ADDRESS_IMPORT,
    next,
    "start",
    "-p",
    String(ports.web),
    "-H",
    "127.0.0.1",
  ]);
  const healthPort = await findFreePort();
  start("worker", ["dist/worker.mjs"], { ...WORKER_ENV, WORKER_HEALTH_PORT: String(healthPort) });
  await waitFor(`${env.NEXTAUTH_URL}/api/health`, "The web app", started);
  await waitFor(`http://127.0.0.1:${healthPort}/health`, "The worker", started);
  return {
    database,
    base: env.NEXTAUTH_URL!,
    sandbox: env.SANDBOX_URL!,
    env,
    webPid: () => web.pid,
  };
}

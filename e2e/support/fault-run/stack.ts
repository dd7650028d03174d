import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startFaultDatabase, type FaultDatabase } from "./database";
import {
  ROOT,
  freePort,
  runModule,
  runTsx,
  sleep,
  startService,
  stopProcess,
  type Service,
} from "./processes";

/**
 * Packline as a warehouse runs it past one process: one PostgreSQL, two web processes (the e2e
 * production build under `next start`, on two ports) and two workers, with the sandbox as
 * couriers, store, WhatsApp and SMS. Prepared with the pieces `npm start` uses (migrations, the
 * demo seed, its local secrets and worker environment), but each process is this stack's own,
 * so the fault run can kill a worker and restart the database.
 */
export interface FaultStack {
  webs: string[];
  sandbox: string;
  databaseUrl: string;
  /** the test's own connections, for what only the database can tell */
  db: pg.Pool;
  workerPids(): number[];
  /** SIGKILL, as the kernel's OOM killer or a lost host would; returns its pid */
  killWorker(index: number): number;
  /** starts a killed worker again, as `npm start`'s supervisor does */
  startWorker(index: number): Promise<void>;
  restartDatabase(pauseMs: number): Promise<{ downMs: number }>;
  /** services that died while starting and were started again, with why */
  restarts: string[];
  /** the last output of every process, for a failed run */
  output(): string;
  stop(): Promise<void>;
}

export async function startFaultStack(): Promise<FaultStack> {
  const database = await startFaultDatabase();
  const services: Service[] = [];
  const workers: Service[] = [];
  const restarts: string[] = [];
  const db = new pg.Pool({ connectionString: database.url, max: 3 });
  // The restart drops these connections too: an idle one is replaced, not fatal.
  db.on("error", () => {});
  try {
    const [webPorts, sandboxPort] = [[await freePort(), await freePort()], await freePort()];
    const webs = webPorts.map((port) => `http://127.0.0.1:${port}`);
    const sandbox = `http://127.0.0.1:${sandboxPort}`;
    const env = baseEnv(database, webs[0]!, sandboxPort);
    runTsx("prisma/migrate/cli.ts", ["deploy"], env);
    runTsx("prisma/seed.ts", ["--json", "--demo"], env);
    services.push(startService("sandbox", ["--import", "tsx", "sandbox/main.ts"], env));
    const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    // As scripts/lib/web-args.mjs has it (Playwright's loader cannot import that ES module).
    const peerAddress = pathToFileURL(path.join(ROOT, "scripts/lib/peer-address.mjs")).href;
    webPorts.forEach((port, i) =>
      services.push(
        startService(
          `web${i + 1}`,
          ["--import", peerAddress, next, "start", "-p", String(port), "-H", "127.0.0.1"],
          {
            ...env,
            PACKLINE_SERVICE: "web",
          },
        ),
      ),
    );
    const workerEnv = { ...env, ...workerEnvironment(), PACKLINE_SERVICE: "worker" };
    const healthPorts = [await freePort(), await freePort()];
    // A worker that dies while starting is started again, as `npm start`'s supervisor does:
    // two workers starting at once on a fresh database can deadlock creating pg-boss's queues.
    const startWorker = async (index: number) => {
      for (let attempt = 1; ; attempt++) {
        const name = `worker${index + 1}`;
        const worker = startService(name, ["--import", "tsx", "lib/jobs/worker.ts"], {
          ...workerEnv,
          WORKER_HEALTH_PORT: String(healthPorts[index]),
        });
        workers[index] = worker;
        try {
          return await waitFor(name, `http://127.0.0.1:${healthPorts[index]}/health`, worker);
        } catch (error) {
          if (attempt === 3 || worker.child.exitCode === null) throw error;
          restarts.push(`${name} exited while starting: ${lastLine(worker.output())}`);
        }
      }
    };
    await Promise.all([
      ...webs.map((web, i) => waitFor(`web${i + 1}`, `${web}/api/health`, services[i + 1]!)),
      waitFor("sandbox", `${sandbox}/_control/health`, services[0]!),
      startWorker(0),
      startWorker(1),
    ]);
    const all = () => [...services, ...workers];
    return {
      webs,
      sandbox,
      databaseUrl: database.url,
      db,
      workerPids: () => workers.map((w) => w.child.pid!),
      killWorker(index) {
        const pid = workers[index]!.child.pid!;
        process.kill(pid, "SIGKILL");
        return pid;
      },
      startWorker,
      restarts,
      restartDatabase: (pauseMs) => database.restart(pauseMs),
      output: () =>
        all()
          .map((s) => `── ${s.name} ──\n${s.output().slice(-4000)}`)
          .join("\n"),
      async stop() {
        await Promise.all(all().map((s) => stopProcess(s.child, 15_000)));
        await db.end();
        await database.stop();
      },
    };
  } catch (error) {
    await Promise.all([...services, ...workers].map((s) => stopProcess(s.child, 15_000)));
    await db.end();
    await database.stop();
    throw error;
  }
}

function baseEnv(database: FaultDatabase, web: string, sandboxPort: number): NodeJS.ProcessEnv {
  // Generated into the database's folder, as `npm start` keeps them in its data folder.
  const secrets = JSON.parse(
    runModule(
      `import { localSecrets } from "./scripts/lib/secrets.mjs";
       console.log(JSON.stringify(localSecrets(${JSON.stringify(database.dataDir)})));`,
    ),
  ) as Record<string, string>;
  return {
    ...process.env,
    ...secrets,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: web,
    SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
    SANDBOX_PORT: String(sandboxPort),
    // The sandbox couriers push their own tracking webhooks to the first web process; their
    // clocks stay still, so every scan in the run is one the test sent and counts.
    PACKLINE_URL: web,
    SANDBOX_STEP_MS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function workerEnvironment(): Record<string, string> {
  return JSON.parse(
    runModule(
      `import { WORKER_ENV } from "./scripts/lib/worker-env.mjs"; console.log(JSON.stringify(WORKER_ENV));`,
    ),
  ) as Record<string, string>;
}

async function waitFor(name: string, url: string, service: Service): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const res = await fetch(url).catch(() => null);
    if (res && res.status < 500) return;
    if (service.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${name} did not start:\n${service.output().slice(-3000)}`);
    await sleep(250);
  }
}

const lastLine = (output: string) => output.trim().split("\n").at(-1)?.slice(0, 300) ?? "";

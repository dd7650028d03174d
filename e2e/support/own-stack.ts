import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { holdPostgres } from "./fault-run/database";
import { freePort, stopProcess } from "./fault-run/processes";

const ROOT = path.resolve(__dirname, "../..");

export interface OwnStack {
  base: string;
  sandbox: string;
  /** the stack's database, for what the browser cannot see: jobs, workers, the runs they hold */
  db: pg.Pool;
  databaseUrl: string;
  /** everything `npm start` printed so far */
  output(): string;
  /** Ctrl-C to `npm start` (SIGINT to it alone, as a terminal sends it): its exit and what it
   * printed while stopping */
  interrupt(): Promise<{ code: number | null; printed: string }>;
  stop(): Promise<void>;
}

/**
 * A whole Packline started exactly as `npm start` does (the supervisor, web, worker, sandbox),
 * on free ports, over a private PostgreSQL this test owns, so a test may kill its processes
 * without disturbing any other journey.
 */
export async function startOwnStack(): Promise<OwnStack> {
  const database = await startDatabase();
  const port = await freePort();
  const sandboxPort = await freePort();
  const supervisor = spawn(
    process.execPath,
    // A database given through DATABASE_URL gets demo data only when asked.
    ["scripts/start.mjs", "--ephemeral", "--demo", "--port", String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, SANDBOX_PORT: String(sandboxPort) },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  supervisor.stdout.on("data", (chunk) => (output += chunk));
  supervisor.stderr.on("data", (chunk) => (output += chunk));

  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  // An idle connection the server closes (at the end, when the database stops) is replaced, not fatal.
  db.on("error", (error) => console.warn(`test database connection: ${error.message}`));
  const stack: OwnStack = {
    base: `http://127.0.0.1:${port}`,
    sandbox: `http://127.0.0.1:${sandboxPort}`,
    db,
    databaseUrl: database.url,
    output: () => output,
    async interrupt() {
      const from = output.length;
      if (supervisor.exitCode !== null) return { code: supervisor.exitCode, printed: "" };
      // "close", not "exit": only then has everything it printed been read
      const closed = once(supervisor, "close");
      supervisor.kill("SIGINT");
      const [code] = (await closed) as [number | null];
      return { code, printed: output.slice(from) };
    },
    async stop() {
      await stopProcess(supervisor);
      await db.end();
      await database.stop();
    },
  };
  const deadline = Date.now() + 240_000;
  for (;;) {
    const res = await fetch(`${stack.base}/api/health`).catch(() => null);
    if (res?.ok && output.includes('"msg":"worker started"')) return stack;
    if (supervisor.exitCode !== null || Date.now() > deadline) {
      await stack.stop();
      throw new Error(`The stack did not start:\n${output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A throw-away private PostgreSQL held by a small process of its own; SIGTERM stops it. */
export async function startDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "packline-e2e-own-"));
  const { url, child } = await holdPostgres({ dataDir, persistent: false });
  return { url, stop: () => stopProcess(child) };
}

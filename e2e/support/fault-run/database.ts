import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, freePort, sleep, stopProcess } from "./processes";

/**
 * The fault run's private PostgreSQL (scripts/lib/postgres.mjs), held by a small process of its
 * own. Its data folder is persistent, so `restart()` stops the server (a fast shutdown that drops
 * every connection, as a failover or an upgrade does) and starts it again on the same data and
 * port: the same DATABASE_URL works before and after.
 */
export interface FaultDatabase {
  url: string;
  /** removed by stop() */
  dataDir: string;
  /** stops it, leaves it down `pauseMs` (a failover takes seconds), starts it again */
  restart(pauseMs: number): Promise<{ downMs: number }>;
  stop(): Promise<void>;
}

export async function startFaultDatabase(): Promise<FaultDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "packline-faults-"));
  const port = await freePort();
  let holder = await holdPostgres({ dataDir, port, persistent: true });
  return {
    url: holder.url,
    dataDir,
    async restart(pauseMs) {
      const stoppedAt = Date.now();
      await stopProcess(holder.child);
      await sleep(pauseMs);
      holder = await holdPostgres({ dataDir, port, persistent: true });
      return { downMs: Date.now() - stoppedAt };
    },
    async stop() {
      await stopProcess(holder.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A private PostgreSQL (scripts/lib/postgres.mjs) held by a small process of its own: the caller
 * reads its URL, and SIGTERM to `child` stops it (and removes a non-persistent data folder).
 */
export async function holdPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
}): Promise<{ url: string; child: ChildProcess }> {
  const code = `
    import { startPrivatePostgres } from "./scripts/lib/postgres.mjs";
    const pg = await startPrivatePostgres(${JSON.stringify(options)});
    process.on("SIGTERM", async () => { await pg.stop(); process.exit(0); });
    console.log(pg.url);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`PostgreSQL did not start (exit ${code})`)));
  });
  return { url, child };
}

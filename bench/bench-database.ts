import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPrivatePostgres } from "@/scripts/lib/postgres.mjs";

export interface BenchDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A throwaway private PostgreSQL for one benchmark, durable like `npm start`'s (fsync and
 * synchronous commit on), so every figure includes the WAL flushes production pays for.
 * `stop()` shuts it down and deletes its files.
 */
export async function startBenchDatabase(name: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `packline-bench-${name}-`));
  const server = await startPrivatePostgres({ dataDir, persistent: true });
  return {
    url: server.url,
    dataDir,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

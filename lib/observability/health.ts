import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { latestBeat } from "@/lib/jobs/heartbeat";
import { log } from "@/lib/observability/logger";

// The heartbeat job runs every minute; three missed beats mean the worker is not working.
const WORKER_STALE_SECONDS = 180;

export interface Health {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; error?: string };
  migrations: { current: boolean; pending: string[] };
  worker: { lastBeatAt: string | null; ageSeconds: number | null; fresh: boolean };
}

async function migrationFolders(): Promise<string[]> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function checkHealth(): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    // Health is public: the cause (host, port, user) goes to the log, not to the caller.
    log.warn("health check: database unreachable", { error });
    return {
      status: "down",
      database: { reachable: false, error: "database unreachable" },
      migrations: { current: false, pending: [] },
      worker: { lastBeatAt: null, ageSeconds: null, fresh: false },
    };
  }
  const applied = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = (await migrationFolders()).filter((name) => !done.has(name));
  const beatAt = await latestBeat();
  const ageSeconds = beatAt ? Math.round((Date.now() - beatAt.getTime()) / 1000) : null;
  const fresh = ageSeconds !== null && ageSeconds <= WORKER_STALE_SECONDS;
  return {
    status: pending.length > 0 ? "down" : fresh ? "ok" : "degraded",
    database: { reachable: true },
    migrations: { current: pending.length === 0, pending },
    worker: { lastBeatAt: beatAt?.toISOString() ?? null, ageSeconds, fresh },
  };
}

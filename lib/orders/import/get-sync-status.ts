import { db } from "@/lib/db";

export interface SyncRunView {
  id: string;
  trigger: string;
  status: string;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: { externalId: string | null; reason: string }[];
  startedAt: Date;
  finishedAt: Date | null;
}

export interface SyncStatus {
  source: { id: string; name: string; enabled: boolean; syncIntervalMinutes: number } | null;
  running: boolean;
  lastRun: SyncRunView | null;
  recentRuns: Omit<SyncRunView, "errors">[];
}

const runSelect = {
  id: true,
  trigger: true,
  status: true,
  created: true,
  updated: true,
  skipped: true,
  failed: true,
  startedAt: true,
  finishedAt: true,
} as const;

/** The last sync runs of the store source, for Admin → Order source and GET /api/admin/sync-status. */
export async function getSyncStatus(): Promise<SyncStatus> {
  const source = await db.orderSourceConfig.findFirst({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, enabled: true, syncIntervalMinutes: true },
  });
  if (!source) return { source: null, running: false, lastRun: null, recentRuns: [] };
  const [last, recent] = await Promise.all([
    db.syncRun.findFirst({
      where: { sourceId: source.id },
      orderBy: { startedAt: "desc" },
      select: { ...runSelect, errors: true },
    }),
    db.syncRun.findMany({
      where: { sourceId: source.id },
      orderBy: { startedAt: "desc" },
      take: 10,
      select: runSelect,
    }),
  ]);
  return {
    source,
    running: last?.status === "RUNNING",
    lastRun: last ? { ...last, errors: last.errors as SyncRunView["errors"] } : null,
    recentRuns: recent,
  };
}

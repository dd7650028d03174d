import { db } from "@/lib/db";
import { runOrderSync, type RunOrderSyncResult } from "./run-order-sync";

/**
 * The scheduled sync (the worker runs it every minute): syncs each enabled source whose own
 * interval (default 5 minutes) has passed since its last run started.
 */
export async function syncDueSources(now = new Date()): Promise<RunOrderSyncResult[]> {
  const sources = await db.orderSourceConfig.findMany({
    where: { enabled: true },
    select: {
      id: true,
      syncIntervalMinutes: true,
      runs: { orderBy: { startedAt: "desc" }, take: 1, select: { startedAt: true } },
    },
  });
  const results: RunOrderSyncResult[] = [];
  for (const source of sources) {
    const last = source.runs[0]?.startedAt;
    // 10 s of slack so a run that started a moment late does not push the next one a minute.
    const dueAt = last ? last.getTime() + source.syncIntervalMinutes * 60_000 - 10_000 : 0;
    if (dueAt <= now.getTime())
      results.push(await runOrderSync({ sourceId: source.id, trigger: "schedule" }));
  }
  return results;
}

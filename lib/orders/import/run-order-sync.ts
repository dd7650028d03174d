import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secrets";
import { notFound } from "@/lib/errors/app-error";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { requestCodConfirmationRun } from "@/lib/cod-confirmation/cod-confirmation-job";
import { fetchStorePage, type StorePage } from "./fetch-store-page";
import { emptyBatch, importOrderBatch, type BatchResult } from "./import-order-batch";
import { withOrderSyncLock } from "./order-sync-lock";
import { readStatusMapping } from "./status-mapping";

export type SyncTrigger = "schedule" | "manual" | "bench";

export interface RunOrderSyncInput {
  sourceId: string;
  trigger: SyncTrigger;
  /** ignore the incremental cursor and read every order the store has */
  full?: boolean;
  perPage?: number;
}

export type RunOrderSyncResult =
  | { ran: false; reason: "already-running" }
  | { ran: true; runId: string; status: string; counts: Omit<BatchResult, "errors"> };

const MAX_STORED_ERRORS = 200;
const MAX_PAGES = 100_000;

function add(total: BatchResult, page: BatchResult) {
  total.created += page.created;
  total.updated += page.updated;
  total.skipped += page.skipped;
  total.failed += page.failed;
  total.errors.push(...page.errors.slice(0, MAX_STORED_ERRORS - total.errors.length));
}

/**
 * One sync of an order source: follows the store's pages, imports each page in one batch and
 * records a SyncRun with its counts and per-order errors. The next page is fetched while the
 * current one is written. Holds the source's advisory lock, so a second call while one runs
 * returns `already-running` instead of importing twice.
 */
export async function runOrderSync(input: RunOrderSyncInput): Promise<RunOrderSyncResult> {
  const source = await db.orderSourceConfig.findUnique({
    where: { id: input.sourceId },
    select: {
      id: true,
      baseUrl: true,
      apiKeyEncrypted: true,
      statusMapping: true,
      lastCursor: true,
    },
  });
  if (!source) throw notFound("The order source");
  const outcome = await withOrderSyncLock(source.id, async () => {
    // We hold the lock, so any run still marked running was cut off (its process died).
    await db.syncRun.updateMany({
      where: { sourceId: source.id, status: "RUNNING" },
      data: { status: "FAILED", finishedAt: new Date(), errors: [{ reason: "Interrupted" }] },
    });
    const run = await db.syncRun.create({
      data: { sourceId: source.id, trigger: input.trigger },
      select: { id: true },
    });
    const mapping = readStatusMapping(source.statusMapping);
    const connection = { baseUrl: source.baseUrl, apiKey: decryptSecret(source.apiKeyEncrypted) };
    const since = input.full ? null : source.lastCursor;
    const fetchPage = (page: number) =>
      fetchStorePage({ ...connection, page, perPage: input.perPage ?? 250, updatedSince: since });
    const total = emptyBatch();
    let newest = since;
    let fatal: string | null = null;
    try {
      let next: Promise<StorePage> | null = fetchPage(1);
      for (let n = 0; next && n < MAX_PAGES; n++) {
        const page: StorePage = await next;
        const following = page.pagination.next_page;
        next = following && following > page.pagination.page ? fetchPage(following) : null;
        // A failed prefetch is awaited (and reported) on the next turn, not left unhandled.
        next?.catch(() => undefined);
        const result = await importOrderBatch(page.orders, mapping);
        result.failed += page.rejected.length;
        result.errors.push(
          ...page.rejected.map((r) => ({ ...r, reason: `Malformed: ${r.reason}` })),
        );
        add(total, result);
        for (const o of page.orders) {
          const at = o.updatedAt.toISOString();
          if (!newest || at > newest) newest = at;
        }
        await db.syncRun.update({
          where: { id: run.id },
          data: { ...countsOf(total), errors: total.errors as object[] },
        });
      }
    } catch (error) {
      fatal = error instanceof Error ? error.message : String(error);
      log.error("order sync failed", { runId: run.id, error });
    }
    const status = fatal ? "FAILED" : total.failed > 0 ? "PARTIAL" : "SUCCEEDED";
    const errors = fatal ? [{ externalId: null, reason: fatal }, ...total.errors] : total.errors;
    await db.$transaction([
      db.syncRun.update({
        where: { id: run.id },
        data: { ...countsOf(total), status, errors: errors as object[], finishedAt: new Date() },
      }),
      db.orderSourceConfig.update({
        where: { id: source.id },
        data: fatal ? {} : { lastCursor: newest },
      }),
    ]);
    // New COD orders held for confirmation get their message now, not at the next minute.
    if (total.created > 0) await requestCodConfirmationRun();
    if (fatal) {
      await createIncident({
        category: "API",
        severity: "HIGH",
        stage: "order-sync",
        title: `Order sync from the store failed: ${fatal}`,
        context: { sourceId: source.id, runId: run.id, imported: countsOf(total) },
      });
    }
    return { runId: run.id, status, counts: countsOf(total) };
  });
  if (!outcome.locked) return { ran: false, reason: "already-running" };
  return { ran: true, ...outcome.result };
}

function countsOf(t: BatchResult) {
  return { created: t.created, updated: t.updated, skipped: t.skipped, failed: t.failed };
}

import { db, type Tx } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { transitionOrder } from "@/lib/orders/transition-order";
import { linkWaitingPayments } from "@/lib/payments/link-waiting-payments";
import { openPutBackTasks } from "@/lib/warehouse/put-back/open-put-back-tasks";
import { IMPORT_ACTOR, insertImportedOrders } from "./insert-imported-orders";
import type { ImportedOrder } from "./normalize-store-page";
import { resolveImportAction, type StatusMapping } from "./status-mapping";
import { stopStoreCancelledOrders, type StoreCancelledOrder } from "./stop-store-cancelled-orders";
import { updateImportedOrders, type KnownOrder } from "./update-imported-orders";
import { upsertProducts } from "./upsert-products";

export interface SyncError {
  externalId: string | null;
  reason: string;
}

export interface BatchResult {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: SyncError[];
}

export const emptyBatch = (): BatchResult => ({
  created: 0,
  updated: 0,
  skipped: 0,
  failed: 0,
  errors: [],
});

/** The newest version of each order when a page lists one twice. */
function latestPerOrder(orders: ImportedOrder[]): ImportedOrder[] {
  const byId = new Map<string, ImportedOrder>();
  for (const o of orders) {
    const seen = byId.get(o.externalId);
    if (!seen || o.updatedAt >= seen.updatedAt) byId.set(o.externalId, o);
  }
  return [...byId.values()];
}

async function importInTx(
  tx: Tx,
  orders: ImportedOrder[],
  mapping: StatusMapping,
): Promise<{ out: BatchResult; toStop: StoreCancelledOrder[] }> {
  const out = emptyBatch();
  const toStop: StoreCancelledOrder[] = [];
  const known = await tx.order.findMany({
    where: {
      OR: [
        { source: "STORE_API", externalId: { in: orders.map((o) => o.externalId) } },
        { number: { in: orders.map((o) => o.number) } },
      ],
    },
    select: {
      id: true,
      source: true,
      externalId: true,
      number: true,
      status: true,
      paymentStatus: true,
    },
  });
  const byExternal = new Map<string, KnownOrder>();
  const numberOwner = new Map<string, string>();
  for (const k of known) {
    if (k.source === "STORE_API") byExternal.set(k.externalId, k);
    numberOwner.set(k.number, k.source === "STORE_API" ? k.externalId : `${k.source}:${k.id}`);
  }
  const toInsert: ImportedOrder[] = [];
  const toUpdate: { order: ImportedOrder; known: KnownOrder }[] = [];
  const fail = (o: ImportedOrder, reason: string) => {
    out.failed++;
    out.errors.push({ externalId: o.externalId, reason: `Order ${o.number}: ${reason}` });
  };
  for (const o of orders) {
    const action = resolveImportAction(mapping, o.storeStatus);
    const existing = byExternal.get(o.externalId);
    const owner = numberOwner.get(o.number);
    if (!existing && action !== "PLACED") out.skipped++;
    else if (!existing && owner !== undefined && owner !== o.externalId)
      fail(o, "its number is already used by another order");
    else if (!existing) {
      toInsert.push(o);
      numberOwner.set(o.number, o.externalId);
    } else if (action === "PLACED") toUpdate.push({ order: o, known: existing });
    else if (action === "SKIP" || existing.status === "CANCELLED") out.skipped++;
    else if (["PROCESSING", "PACKED", "SHIPPED"].includes(existing.status))
      toStop.push({ ...existing, storeStatus: o.storeStatus });
    else if (existing.status !== "PLACED")
      fail(o, `cancelled in the store but already ${existing.status.toLowerCase()} here`);
    else {
      const reason = `Cancelled in the store (status ${o.storeStatus})`;
      await transitionOrder(tx, {
        orderId: existing.id,
        to: "CANCELLED",
        actor: { label: IMPORT_ACTOR },
        reason,
      });
      // Read as Placed before its row was locked: a pick may have landed since (and made it
      // Processing), so its picked units go back to their bins like any cancelled order's.
      await openPutBackTasks(tx, { orderId: existing.id, reason });
      out.updated++;
    }
  }
  const productIds = await upsertProducts(
    tx,
    toInsert.flatMap((o) => o.lines),
  );
  const created = await insertImportedOrders(tx, toInsert, productIds);
  out.created += created.length;
  await linkWaitingPayments(tx, created);
  const changed = await updateImportedOrders(tx, toUpdate);
  out.updated += changed.length;
  out.skipped += toUpdate.length - changed.length + (toInsert.length - out.created);
  return { out, toStop };
}

/**
 * Imports one page of store orders in one transaction with a few multi-row statements. If the
 * page fails as a whole (a row the database refuses), each order is retried on its own so one
 * bad order is recorded and skipped while the rest import. Orders the store cancelled after the
 * warehouse started on them are stopped once the page is committed (stop-store-cancelled-orders.ts).
 */
export async function importOrderBatch(
  orders: ImportedOrder[],
  mapping: StatusMapping,
): Promise<BatchResult> {
  const unique = latestPerOrder(orders);
  const duplicates = orders.length - unique.length;
  try {
    const { out: result, toStop } = await db.$transaction((tx) => importInTx(tx, unique, mapping), {
      timeout: 60_000,
    });
    result.skipped += duplicates;
    const stopped = await stopStoreCancelledOrders(toStop);
    result.updated += stopped.updated;
    result.failed += stopped.failed;
    result.errors.push(...stopped.errors);
    return result;
  } catch (error) {
    if (unique.length === 1) {
      const o = unique[0]!;
      log.warn("store order refused by the database", { externalId: o.externalId, error });
      return {
        ...emptyBatch(),
        failed: 1,
        errors: [
          {
            externalId: o.externalId,
            reason: `Order ${o.number}: the database refused it (${(error instanceof Error ? error.message : String(error)).slice(0, 300)})`,
          },
        ],
      };
    }
    const total = emptyBatch();
    total.skipped = duplicates;
    for (const o of unique) {
      const one = await importOrderBatch([o], mapping);
      total.created += one.created;
      total.updated += one.updated;
      total.skipped += one.skipped;
      total.failed += one.failed;
      total.errors.push(...one.errors);
    }
    return total;
  }
}

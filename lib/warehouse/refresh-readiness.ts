import type { Tx } from "@/lib/db";
import type { OrderActor } from "@/lib/orders/transition-order";
import { writeStatusChanges } from "@/lib/orders/write-status-changes";

export interface ReadinessChange {
  /** orders that became ready to pack in this step */
  nowReady: string[];
  /** orders this step moved from PLACED to PROCESSING */
  started: string[];
}

/**
 * Recomputes readyToPack (every line picked + short ≥ ordered) and hasShortItems for the given
 * orders, in the caller's transaction, and starts (PLACED → PROCESSING) those the floor has
 * begun working on. The orders must already be locked by the caller.
 */
export async function refreshReadiness(
  tx: Tx,
  orderIds: readonly string[],
  actor: OrderActor,
  reason: string,
): Promise<ReadinessChange> {
  if (orderIds.length === 0) return { nowReady: [], started: [] };
  const rows = await tx.$queryRaw<
    { id: string; number: string; status: string; wasReady: boolean; ready: boolean }[]
  >`
    WITH next AS (
      SELECT o.id,
        NOT EXISTS (SELECT 1 FROM "OrderItem" i
                    WHERE i."orderId" = o.id AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered") AS ready,
        EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o.id AND i."qtyShort" > 0) AS short,
        o."readyToPack" AS "wasReady"
      FROM "Order" o WHERE o.id = ANY(${[...orderIds]}::text[])
    )
    UPDATE "Order" o SET "readyToPack" = next.ready, "hasShortItems" = next.short
    FROM next WHERE o.id = next.id
    RETURNING o.id, o.number, o.status::text AS status, next."wasReady", next.ready`;
  return {
    nowReady: rows.filter((r) => r.ready && !r.wasReady).map((r) => r.number),
    started: await startOrders(tx, rows, actor, reason),
  };
}

/**
 * PLACED → PROCESSING for the orders the floor has begun working on, all in one statement; the
 * others cost nothing. The orders must already be locked by the caller, and `status` read under
 * that lock. Returns the numbers of the orders started.
 */
async function startOrders(
  tx: Tx,
  orders: readonly { id: string; number: string; status: string }[],
  actor: OrderActor,
  reason: string,
): Promise<string[]> {
  const placed = orders.filter((o) => o.status === "PLACED");
  const started = await writeStatusChanges(
    tx,
    placed.map((o) => ({ orderId: o.id, orderNumber: o.number, from: "PLACED" as const })),
    { to: "PROCESSING", actor, reason },
  );
  if (started.size !== placed.length) throw new Error("an order changed under its row lock");
  return placed.map((o) => o.number);
}

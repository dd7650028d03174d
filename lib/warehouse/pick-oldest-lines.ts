import type { Tx } from "@/lib/db";
import type { LineShare } from "./split-quantity";

export interface PickOldestLinesInput {
  sku: string;
  qty: number;
  clientEventId: string;
  pickerId: string;
}

export interface TouchedOrder {
  id: string;
  number: string;
  status: string;
  /** became ready to pack with this pick */
  nowReady: boolean;
}

export interface OldestLinesPick {
  /** what the SKU still needed before this pick */
  before: number;
  /** what this clientEventId had already allocated; non-empty means a replay and nothing new */
  earlier: { orderNumber: string; qty: number }[];
  /** this pick's shares, oldest line first */
  shares: LineShare[];
  /** the orders the shares went to, with readiness already refreshed */
  orders: TouchedOrder[];
}

/**
 * The whole of one pick but the status change, in a single statement (one round trip): unless
 * the clientEventId was already applied, lock the SKU's oldest open lines, share the quantity
 * over them by a running sum, add it to the lines, record one pick event per share and refresh
 * the readiness of the orders touched.
 *
 * Call with the SKU's floor lock held, taken in an EARLIER statement of the transaction: this
 * statement's snapshot then already holds every pick, short and undo of the SKU, so its choice
 * of lines is current. Rows are locked orders first (all of them, before any line), then
 * every line of those orders, each in id order: the order transitionOrder and packing use.
 * Locking returns each row's latest committed version, so an order cancelled while we waited
 * drops out, and readiness sees lines of other SKUs picked or shorted meanwhile even though
 * the snapshot predates them.
 */
export async function pickOldestLines(
  tx: Tx,
  input: PickOldestLinesInput,
): Promise<OldestLinesPick> {
  const { sku, qty, clientEventId, pickerId } = input;
  const [row] = await tx.$queryRaw<(OldestLinesPick & { recorded: number })[]>`
    WITH earlier AS MATERIALIZED (
      SELECT e.qty, e."createdAt", o.number
      FROM "PickEvent" e
      JOIN "OrderItem" i ON i.id = e."orderItemId" JOIN "Order" o ON o.id = i."orderId"
      WHERE e."clientEventId" = ${clientEventId} AND e.kind = 'PICK'
    ), candidates AS MATERIALIZED (
      -- A quantity of N never needs more than N lines.
      SELECT i.id, i."orderId"
      FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
      WHERE i.sku = ${sku} AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
        AND o.status IN ('PLACED', 'PROCESSING') AND NOT EXISTS (SELECT 1 FROM earlier)
      ORDER BY i."orderPlacedAt", i."orderId", i.id
      LIMIT ${qty}::int
    ), orders AS MATERIALIZED (
      SELECT o.id, o.number, o.status::text AS status, o."readyToPack" AS "wasReady"
      FROM "Order" o
      WHERE o.id IN (SELECT "orderId" FROM candidates) AND o.status IN ('PLACED', 'PROCESSING')
      ORDER BY o.id
      FOR UPDATE
    ), lines AS MATERIALIZED (
      -- The array is computed before the scan starts, so every order is locked before any line.
      SELECT i.id, i."orderId", i."orderPlacedAt", i."qtyOrdered", i."qtyPicked", i."qtyShort"
      FROM "OrderItem" i
      WHERE i."orderId" = ANY ((SELECT array_agg(id) FROM orders)::text[])
      ORDER BY i.id
      FOR UPDATE
    ), shares AS MATERIALIZED (
      SELECT s.id, s."orderId", s."orderPlacedAt", least(s.open, s.wanted) AS qty
      FROM (
        SELECT l.id, l."orderId", l."orderPlacedAt",
          l."qtyOrdered" - l."qtyPicked" - l."qtyShort" AS open,
          ${qty}::int - coalesce(sum(l."qtyOrdered" - l."qtyPicked" - l."qtyShort") OVER (
            ORDER BY l."orderPlacedAt", l."orderId", l.id
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS wanted
        FROM lines l
        WHERE l.id IN (SELECT id FROM candidates) AND l."qtyPicked" + l."qtyShort" < l."qtyOrdered"
      ) s
      WHERE s.wanted > 0
    ), updated AS (
      -- The guard makes over-allocation impossible even if a caller forgot the locks.
      UPDATE "OrderItem" i SET "qtyPicked" = i."qtyPicked" + s.qty, "updatedAt" = now()
      FROM shares s
      WHERE i.id = s.id AND i."qtyPicked" + i."qtyShort" + s.qty <= i."qtyOrdered"
      RETURNING i.id, s.qty
    ), recorded AS (
      INSERT INTO "PickEvent" (id, "clientEventId", kind, sku, "orderItemId", qty, "pickerId")
      SELECT gen_random_uuid()::text, ${clientEventId}, 'PICK', ${sku}, u.id, u.qty, ${pickerId}
      FROM updated u
      RETURNING 1
    ), readiness AS (
      -- Ready to pack when every line is picked + short ≥ ordered, counting this pick's shares.
      SELECT l."orderId" AS id,
        bool_and(l."qtyPicked" + coalesce(s.qty, 0) + l."qtyShort" >= l."qtyOrdered") AS ready,
        bool_or(l."qtyShort" > 0) AS short
      FROM lines l LEFT JOIN shares s ON s.id = l.id
      WHERE l."orderId" IN (SELECT "orderId" FROM shares)
      GROUP BY l."orderId"
    ), refreshed AS (
      UPDATE "Order" o SET "readyToPack" = r.ready, "hasShortItems" = r.short
      FROM readiness r WHERE o.id = r.id
      RETURNING o.id
    )
    SELECT
      coalesce((SELECT d."qtyOrdered" - d."qtyPicked" - d."qtyShort" FROM "SkuDemand" d
                WHERE d.sku = ${sku}), 0)::int AS before,
      coalesce((SELECT json_agg(json_build_object('orderNumber', e.number, 'qty', e.qty)
                                ORDER BY e."createdAt", e.number) FROM earlier e), '[]'::json)
        AS earlier,
      coalesce((SELECT json_agg(json_build_object('lineId', s.id, 'orderId', s."orderId",
                                  'orderNumber', o.number, 'qty', s.qty)
                                ORDER BY s."orderPlacedAt", s."orderId", s.id)
                FROM shares s JOIN orders o ON o.id = s."orderId"), '[]'::json) AS shares,
      coalesce((SELECT json_agg(json_build_object('id', o.id, 'number', o.number,
                                  'status', o.status, 'nowReady', r.ready AND NOT o."wasReady")
                                ORDER BY o.id)
                FROM orders o JOIN readiness r ON r.id = o.id
                WHERE o.id IN (SELECT id FROM refreshed)), '[]'::json) AS orders,
      (SELECT count(*)::int FROM recorded) AS recorded`;
  const { recorded, ...pick } = row!;
  if (
    recorded !== pick.shares.length ||
    pick.orders.length !== new Set(pick.shares.map((s) => s.orderId)).size
  ) {
    throw new Error("order lines changed under the SKU lock");
  }
  return pick;
}

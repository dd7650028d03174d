import type { Tx } from "@/lib/db";
import type { LineShare } from "./split-quantity";

export interface PickOldestLinesInput {
  sku: string;
  qty: number;
  clientEventId: string;
  pickerId: string;
}

export interface OldestLinesPick {
  /** what the SKU still needed before this pick */
  before: number;
  /** what this clientEventId had already allocated; non-empty means a replay and nothing new */
  earlier: { orderNumber: string; qty: number }[];
  /** this pick's shares, oldest line first */
  shares: LineShare[];
}

/**
 * The whole allocation of one pick in a single statement (one round trip): unless the
 * clientEventId was already applied, lock the SKU's oldest open lines, share the quantity over
 * them by a running sum, add it to the lines and record one pick event per share.
 *
 * Call with the SKU's floor lock held, taken in an EARLIER statement of the transaction: this
 * statement's snapshot then already holds every pick, short and undo of the SKU, so its choice
 * of lines is current. Rows are locked orders before lines, in id order, like transitionOrder
 * and packing; an order cancelled while we waited for its lock drops out on the recheck.
 * The readiness refresh must stay a separate statement: other SKUs' lines of these orders may
 * have changed while this one waited for the order locks, and only a later snapshot sees that.
 */
export async function pickOldestLines(tx: Tx, input: PickOldestLinesInput): Promise<OldestLinesPick> {
  const { sku, qty, clientEventId, pickerId } = input;
  const [row] = await tx.$queryRaw<(OldestLinesPick & { recorded: number })[]>`
    WITH earlier AS MATERIALIZED (
      SELECT e.qty, e."createdAt", o.number
      FROM "PickEvent" e
      JOIN "OrderItem" i ON i.id = e."orderItemId" JOIN "Order" o ON o.id = i."orderId"
      WHERE e."clientEventId" = ${clientEventId} AND e.kind = 'PICK'
    ), candidates AS MATERIALIZED (
      -- A quantity of N never needs more than N lines.
      SELECT i.id
      FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
      WHERE i.sku = ${sku} AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
        AND o.status IN ('PLACED', 'PROCESSING') AND NOT EXISTS (SELECT 1 FROM earlier)
      ORDER BY i."orderPlacedAt", i."orderId", i.id
      LIMIT ${qty}::int
    ), locked AS MATERIALIZED (
      SELECT i.id, i."orderId", o.number, i."orderPlacedAt",
        i."qtyOrdered" - i."qtyPicked" - i."qtyShort" AS open
      FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
      WHERE i.id IN (SELECT id FROM candidates) AND o.status IN ('PLACED', 'PROCESSING')
        AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
      ORDER BY o.id, i.id
      FOR UPDATE OF o, i
    ), shares AS MATERIALIZED (
      SELECT s.id, s."orderId", s.number, s."orderPlacedAt", least(s.open, s.wanted) AS qty
      FROM (
        SELECT l.*, ${qty}::int - coalesce(sum(l.open) OVER (
          ORDER BY l."orderPlacedAt", l."orderId", l.id
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS wanted
        FROM locked l
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
    )
    SELECT
      coalesce((SELECT d."qtyOrdered" - d."qtyPicked" - d."qtyShort" FROM "SkuDemand" d
                WHERE d.sku = ${sku}), 0)::int AS before,
      coalesce((SELECT json_agg(json_build_object('orderNumber', e.number, 'qty', e.qty)
                                ORDER BY e."createdAt", e.number) FROM earlier e), '[]'::json)
        AS earlier,
      coalesce((SELECT json_agg(json_build_object('lineId', s.id, 'orderId', s."orderId",
                                  'orderNumber', s.number, 'qty', s.qty)
                                ORDER BY s."orderPlacedAt", s."orderId", s.id)
                FROM shares s), '[]'::json) AS shares,
      (SELECT count(*)::int FROM recorded) AS recorded`;
  if (row!.recorded !== row!.shares.length) {
    throw new Error("order lines changed under the SKU lock");
  }
  return { before: row!.before, earlier: row!.earlier, shares: row!.shares };
}

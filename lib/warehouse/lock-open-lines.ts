import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { onFloor } from "./on-floor";
import type { OpenLine } from "./split-quantity";

export type LineOrder = "oldest-first" | "newest-first";

/** Whose lines: whole-list picking's (orders in no open wave) or one wave's. */
export type FloorScope = { waveId: string | null };

/**
 * The open lines of one SKU (orders on the floor, on-floor.ts, with picked + short < ordered), locked,
 * in allocation order. Call with the SKU's advisory lock held. Rows are locked orders first, then
 * lines, each in id order: the same order as transitionOrder and packing, so no deadlocks.
 * `limit` caps how many lines are read: a quantity of N never needs more than N lines. The scope
 * keeps whole-list picking and cluster picking (lib/waves) off each other's orders.
 */
export async function lockOpenLines(
  tx: Tx,
  sku: string,
  order: LineOrder,
  limit: number | null,
  scope: FloorScope = { waveId: null },
): Promise<OpenLine[]> {
  const direction = order === "oldest-first" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const inScope = scope.waveId
    ? Prisma.sql`EXISTS (SELECT 1 FROM "WaveOrder" w
        WHERE w."orderId" = o.id AND w."open" AND w."waveId" = ${scope.waveId})`
    : Prisma.sql`NOT EXISTS (SELECT 1 FROM "WaveOrder" w WHERE w."orderId" = o.id AND w."open")`;
  const candidates = await tx.$queryRaw<{ id: string; orderId: string }[]>`
    SELECT i.id, i."orderId"
    FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
    WHERE i.sku = ${sku} AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
      AND ${onFloor("o")} AND ${inScope}
    ORDER BY i."orderPlacedAt" ${direction}, i."orderId" ${direction}, i.id
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  if (candidates.length === 0) return [];
  const orderIds = [...new Set(candidates.map((c) => c.orderId))];
  // An order cancelled while we waited drops out here.
  const orders = await tx.$queryRaw<{ id: string; number: string }[]>`
    SELECT o.id, o.number FROM "Order" o
    WHERE o.id = ANY(${orderIds}::text[]) AND ${onFloor("o")}
    ORDER BY o.id FOR UPDATE`;
  const numberOf = new Map(orders.map((o) => [o.id, o.number]));
  const lines = await tx.$queryRaw<{ id: string; orderId: string; open: number }[]>`
    SELECT id, "orderId", "qtyOrdered" - "qtyPicked" - "qtyShort" AS open
    FROM "OrderItem" WHERE id = ANY(${candidates.map((c) => c.id)}::text[])
    ORDER BY id FOR UPDATE`;
  const fresh = new Map(lines.map((line) => [line.id, line]));
  return candidates.flatMap((c) => {
    const line = fresh.get(c.id);
    const orderNumber = numberOf.get(c.orderId);
    return line && orderNumber && line.open > 0
      ? [{ id: line.id, orderId: line.orderId, orderNumber, open: line.open }]
      : [];
  });
}

/** Adds to picked or short on many lines in one statement (one trigger run for the demand). */
export async function addToLines(
  tx: Tx,
  column: "qtyPicked" | "qtyShort",
  shares: readonly { lineId: string; qty: number }[],
): Promise<void> {
  if (shares.length === 0) return;
  const ids = shares.map((s) => s.lineId);
  const qtys = shares.map((s) => s.qty);
  const target = Prisma.raw(`"${column}"`);
  // The guard in WHERE makes over-allocation impossible even if a caller forgot the lock.
  const updated = await tx.$executeRaw`
    UPDATE "OrderItem" i SET ${target} = i.${target} + s.qty, "updatedAt" = now()
    FROM unnest(${ids}::text[], ${qtys}::int[]) AS s(id, qty)
    WHERE i.id = s.id AND i."qtyPicked" + i."qtyShort" + s.qty <= i."qtyOrdered"
      AND i.${target} + s.qty >= 0`;
  if (updated !== shares.length) throw new Error("order lines changed under the SKU lock");
}

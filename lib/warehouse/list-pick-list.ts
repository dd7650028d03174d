import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cursorKey, decodeCursor, encodeCursor } from "@/lib/http/pagination";
import type { PickListQuery } from "@/lib/validation/picking";
import { groupPickList, type PickGroup, type PickListSku } from "./group-pick-list";
import { onFloor } from "./on-floor";

export const WAITING_SHOWN = 5;
// Products without a bin sort after every bin, so pickers meet them last.
const NO_BIN = "~";

const cursorShape = z
  .object({
    ck: cursorKey.text,
    c: cursorKey.text,
    sk: cursorKey.text,
    s: cursorKey.text,
    b: cursorKey.text,
    k: cursorKey.text,
  })
  .strict();

interface Row extends Omit<PickListSku, "waiting"> {
  ck: string;
  sk: string;
  binKey: string;
}

export interface PickList {
  groups: PickGroup[];
  /** the SKU whose code or barcode equals `q` exactly (a scan), if it has open demand */
  exactSku: string | null;
  nextCursor: string | null;
}

/**
 * Open demand by category → subcategory → SKU, ordered so a picker walks the bins in order:
 * categories by their first bin, subcategories likewise, SKUs by bin. Reads the trigger-kept
 * SkuDemand rows (one per SKU) instead of aggregating order lines, less the lines of orders in
 * open waves, which are picked into totes instead.
 */
export async function listPickList(query: PickListQuery): Promise<PickList> {
  const after = decodeCursor(query.cursor, cursorShape);
  const q = query.q?.trim() || undefined;
  const rows = await db.$queryRaw<Row[]>`
    WITH waved AS (
      -- Lines of orders in open waves are cluster picking's (lib/waves): a handful of orders.
      SELECT i.sku, sum(i."qtyOrdered")::int AS o, sum(i."qtyPicked")::int AS p,
        sum(i."qtyShort")::int AS s,
        count(*) FILTER (WHERE i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int AS l
      FROM "WaveOrder" w JOIN "OrderItem" i ON i."orderId" = w."orderId"
      WHERE w."open" GROUP BY i.sku
    ), demand AS (
      SELECT d.sku, d."qtyOrdered" - coalesce(w.o, 0) AS "qtyOrdered",
        d."qtyPicked" - coalesce(w.p, 0) AS "qtyPicked", d."qtyShort" - coalesce(w.s, 0) AS "qtyShort",
        d."openLines" - coalesce(w.l, 0) AS "openLines"
      FROM "SkuDemand" d LEFT JOIN waved w ON w.sku = d.sku
    ), open AS (
      SELECT d.sku, p.title, p."imageUrl", p."binLocation", p.barcode, p.category,
        coalesce(p.subcategory, '') AS subcategory,
        d."qtyOrdered", d."qtyPicked", d."qtyShort", d."openLines",
        d."qtyOrdered" - d."qtyPicked" - d."qtyShort" AS remaining,
        coalesce(p."binLocation", ${NO_BIN}) AS "binKey"
      FROM demand d JOIN "Product" p ON p.sku = d.sku
      WHERE d."qtyOrdered" - d."qtyPicked" - d."qtyShort" > 0
        ${query.category ? Prisma.sql`AND p.category = ${query.category}` : Prisma.empty}
        ${
          q
            ? Prisma.sql`AND (p.sku ILIKE ${`${escapeLike(q)}%`} OR p.barcode = ${q}
                OR p.title ILIKE ${`%${escapeLike(q)}%`})`
            : Prisma.empty
        }
    ), keyed AS (
      SELECT open.*,
        min("binKey") OVER (PARTITION BY category) AS ck,
        min("binKey") OVER (PARTITION BY category, subcategory) AS sk
      FROM open
    )
    SELECT * FROM keyed
    ${
      after
        ? Prisma.sql`WHERE (ck, category, sk, subcategory, "binKey", sku)
            > (${after.ck}, ${after.c}, ${after.sk}, ${after.s}, ${after.b}, ${after.k})`
        : Prisma.empty
    }
    ORDER BY ck, category, sk, subcategory, "binKey", sku
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const waiting = await loadWaitingOrders(page.map((r) => r.sku));
  const skus: PickListSku[] = page.map((row) => ({
    sku: row.sku,
    title: row.title,
    imageUrl: row.imageUrl,
    binLocation: row.binLocation,
    barcode: row.barcode,
    category: row.category,
    subcategory: row.subcategory,
    qtyOrdered: row.qtyOrdered,
    qtyPicked: row.qtyPicked,
    qtyShort: row.qtyShort,
    remaining: row.remaining,
    openLines: row.openLines,
    waiting: waiting.get(row.sku) ?? [],
  }));
  const exact = q
    ? page.find((r) => r.sku.toUpperCase() === q.toUpperCase() || r.barcode === q)
    : undefined;
  return {
    groups: groupPickList(skus),
    exactSku: exact?.sku ?? null,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({
            ck: last.ck,
            c: last.category,
            sk: last.sk,
            s: last.subcategory,
            b: last.binKey,
            k: last.sku,
          })
        : null,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The oldest few orders waiting on each SKU, read through the partial index of open lines. */
async function loadWaitingOrders(skus: string[]) {
  const byS = new Map<string, PickListSku["waiting"]>();
  if (skus.length === 0) return byS;
  const rows = await db.$queryRaw<
    { sku: string; orderNumber: string; placedAt: Date; open: number }[]
  >`
    SELECT s.sku, w.number AS "orderNumber", w."orderPlacedAt" AS "placedAt", w.open
    FROM unnest(${skus}::text[]) AS s(sku)
    CROSS JOIN LATERAL (
      SELECT o.number, i."orderPlacedAt", i."qtyOrdered" - i."qtyPicked" - i."qtyShort" AS open
      FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
      WHERE i.sku = s.sku AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered"
        AND ${onFloor("o")}
        AND NOT EXISTS (SELECT 1 FROM "WaveOrder" wo WHERE wo."orderId" = o.id AND wo."open")
      ORDER BY i."orderPlacedAt", i."orderId"
      LIMIT ${WAITING_SHOWN}
    ) w`;
  for (const row of rows) {
    const list = byS.get(row.sku) ?? [];
    list.push({
      orderNumber: row.orderNumber,
      placedAt: row.placedAt.toISOString(),
      open: row.open,
    });
    byS.set(row.sku, list);
  }
  return byS;
}

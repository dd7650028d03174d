import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export interface FloorProduct {
  id: string;
  sku: string;
  title: string;
}

/**
 * The product a picker scanned or typed (its SKU or its barcode), with the SKU's floor lock
 * taken in the same round trip. Every floor change to one SKU's lines (pick, short, undo) holds
 * this transaction-scoped advisory lock, so each step reads the lines after the previous one
 * committed and concurrent pickers can neither over-allocate nor lose a pick. The pick takes
 * the same lock inside the database function packline_pick.
 */
export async function lockFloorProduct(tx: Tx, code: string): Promise<FloorProduct> {
  const [product] = await tx.$queryRaw<FloorProduct[]>`
    SELECT p.id, p.sku, p.title
    FROM (SELECT id, sku, title FROM "Product" WHERE sku = ${code} OR barcode = ${code}
          ORDER BY (sku = ${code}) DESC LIMIT 1) p,
      LATERAL (SELECT pg_advisory_xact_lock(hashtextextended('floor:' || p.sku, 0))) l`;
  if (!product) throw unknownProduct(code);
  return product;
}

export const unknownProduct = (code: string) =>
  new AppError("NOT_FOUND", `No product has the SKU or barcode "${code}". Check the label.`);

export async function lockSku(tx: Tx, sku: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`floor:${sku}`}, 0))`;
}

/**
 * What whole-list picking still has to pick of a SKU: the trigger-maintained demand row less
 * what open waves need (packline_waved_open, migration cluster_picking_waves).
 */
export async function remainingFor(tx: Tx, sku: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ remaining: number }[]>`
    SELECT coalesce((SELECT "qtyOrdered" - "qtyPicked" - "qtyShort" FROM "SkuDemand"
                     WHERE sku = ${sku}), 0) - packline_waved_open(${sku}) AS remaining`;
  return row?.remaining ?? 0;
}

// Waits for the per-SKU lock rather than failing: 32 pickers on one hot SKU queue briefly.
export const FLOOR_TX = { maxWait: 10_000, timeout: 20_000 } as const;

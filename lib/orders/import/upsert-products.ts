import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { ImportedLine } from "./normalize-store-page";

/**
 * Creates or refreshes the products of a page by SKU in one statement and returns their ids.
 * A product row is only rewritten when the store's title, category, image or weight changed,
 * so importing the same payload twice leaves products untouched. Price, bin and barcode are
 * the warehouse's and are set on creation only.
 */
export async function upsertProducts(tx: Tx, lines: ImportedLine[]): Promise<Map<string, string>> {
  const bySku = new Map<string, ImportedLine>();
  for (const line of lines) bySku.set(line.sku, line);
  if (bySku.size === 0) return new Map();
  const rows = [...bySku.values()].map((l) => ({
    id: randomUUID(),
    sku: l.sku,
    title: l.title,
    category: l.category,
    subcategory: l.subcategory,
    image: l.imageUrl,
    weight: l.weightGrams,
    price: l.unitPricePaise,
  }));
  await tx.$executeRaw`
    INSERT INTO "Product" (id, sku, title, category, subcategory, "imageUrl", "weightGrams",
                           "pricePaise", "createdAt", "updatedAt")
    SELECT v.id, v.sku, v.title, v.category, v.subcategory, v.image, v.weight, v.price, now(), now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS v(id text, sku text, title text, category text, subcategory text, image text,
           weight int, price int)
    ON CONFLICT (sku) DO UPDATE SET
      title = EXCLUDED.title,
      category = EXCLUDED.category,
      subcategory = EXCLUDED.subcategory,
      "imageUrl" = COALESCE(EXCLUDED."imageUrl", "Product"."imageUrl"),
      "weightGrams" = COALESCE(EXCLUDED."weightGrams", "Product"."weightGrams"),
      "updatedAt" = now()
    WHERE ("Product".title, "Product".category, "Product".subcategory,
           "Product"."imageUrl", "Product"."weightGrams")
      IS DISTINCT FROM
          (EXCLUDED.title, EXCLUDED.category, EXCLUDED.subcategory,
           COALESCE(EXCLUDED."imageUrl", "Product"."imageUrl"),
           COALESCE(EXCLUDED."weightGrams", "Product"."weightGrams"))`;
  const found = await tx.product.findMany({
    where: { sku: { in: [...bySku.keys()] } },
    select: { id: true, sku: true },
  });
  return new Map(found.map((p) => [p.sku, p.id]));
}

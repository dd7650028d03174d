import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { emitEvents } from "@/lib/events/emit-events";
import { scorePlacedOrders } from "@/lib/risk/score-placed-orders";
import type { ImportedOrder } from "./normalize-store-page";

export const IMPORT_ACTOR = "store-sync";

/** What OrderPlaced carries (see lib/events/README.md). */
export function orderPlacedPayload(o: {
  id: string;
  number: string;
  source: string;
  externalId: string;
  placedAt: Date;
  totalPaise: number;
  paymentMethod: string;
  paymentStatus: string;
}) {
  return {
    orderId: o.id,
    orderNumber: o.number,
    source: o.source,
    externalId: o.externalId,
    placedAt: o.placedAt.toISOString(),
    totalPaise: o.totalPaise,
    paymentMethod: o.paymentMethod,
    paymentStatus: o.paymentStatus,
  };
}

/**
 * Inserts new store orders with their items, the first status-history row (none → Placed) and
 * OrderPlaced for orders ready to fulfil (paid, or cash on delivery), one statement per table,
 * and their RTO risk scores (lib/risk), written before OrderPlaced so its readers see them.
 * ON CONFLICT DO NOTHING makes a concurrent or repeated insert of the same order a no-op.
 * Returns the orders actually inserted, with their new ids.
 */
export async function insertImportedOrders(
  tx: Tx,
  orders: ImportedOrder[],
  productIds: Map<string, string>,
): Promise<(ImportedOrder & { id: string })[]> {
  if (orders.length === 0) return [];
  const ids = new Map(orders.map((o) => [o.externalId, randomUUID()]));
  const rows = orders.map((o) => ({
    id: ids.get(o.externalId),
    ext: o.externalId,
    number: o.number,
    name: o.customerName,
    email: o.customerEmail,
    phone: o.customerPhone,
    line1: o.addressLine1,
    line2: o.addressLine2,
    landmark: o.landmark,
    city: o.city,
    state: o.state,
    pincode: o.pincode,
    method: o.paymentMethod,
    pstatus: o.paymentStatus,
    subtotal: o.subtotalPaise,
    shipping: o.shippingPaise,
    discount: o.discountPaise,
    tax: o.taxPaise,
    total: o.totalPaise,
    cod: o.paymentMethod === "COD" ? o.totalPaise : 0,
    placed: o.placedAt.toISOString(),
  }));
  const inserted = await tx.$queryRaw<{ externalId: string }[]>`
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerEmail",
      "customerPhone", "addressLine1", "addressLine2", landmark, city, state, pincode,
      "paymentMethod", "paymentStatus", "subtotalPaise", "shippingPaise", "discountPaise",
      "taxPaise", "totalPaise", "codAmountPaise", status, "placedAt", "createdAt", "updatedAt")
    SELECT v.id, 'STORE_API'::"OrderSourceKind", v.ext, v.number, v.name, v.email, v.phone,
      v.line1, v.line2, v.landmark, v.city, v.state, v.pincode,
      v.method::"PaymentMethod", v.pstatus::"PaymentStatus", v.subtotal, v.shipping,
      v.discount, v.tax, v.total, v.cod, 'PLACED'::"OrderStatus", v.placed, now(), now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, ext text,
      number text, name text, email text, phone text, line1 text, line2 text, landmark text,
      city text, state text, pincode text, method text, pstatus text, subtotal int,
      shipping int, discount int, tax int, total int, cod int, placed timestamp(3))
    ON CONFLICT (source, "externalId") DO NOTHING
    RETURNING "externalId"`;
  const done = new Set(inserted.map((r) => r.externalId));
  const created = orders
    .filter((o) => done.has(o.externalId))
    .map((o) => ({ ...o, id: ids.get(o.externalId)! }));
  if (created.length === 0) return [];
  const items = created.flatMap((o) =>
    o.lines.map((l) => ({
      order: o.id,
      product: productIds.get(l.sku),
      sku: l.sku,
      title: l.title,
      price: l.unitPricePaise,
      qty: l.qty,
      placed: o.placedAt.toISOString(),
    })),
  );
  await tx.$executeRaw`
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise",
      "qtyOrdered", "orderPlacedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, v.order, v.product, v.sku, v.title, v.price, v.qty,
      v.placed, now(), now()
    FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS v("order" text, product text,
      sku text, title text, price int, qty int, placed timestamp(3))`;
  const history = created.map((o) => ({
    order: o.id,
    reason: `Imported from the store (status ${o.storeStatus})`,
  }));
  await tx.$executeRaw`
    INSERT INTO "OrderStatusHistory" (id, "orderId", "fromStatus", "toStatus", reason,
      "actorLabel", "createdAt")
    SELECT gen_random_uuid()::text, v.order, NULL, 'PLACED', v.reason, ${IMPORT_ACTOR}, now()
    FROM jsonb_to_recordset(${JSON.stringify(history)}::jsonb) AS v("order" text, reason text)`;
  await scorePlacedOrders(tx, created);
  await emitEvents(
    tx,
    created
      .filter((o) => o.paymentStatus === "PAID" || o.paymentMethod === "COD")
      .map((o) => ({
        type: "OrderPlaced" as const,
        aggregateType: "Order" as const,
        aggregateId: o.id,
        payload: orderPlacedPayload({ ...o, source: "STORE_API" }),
      })),
  );
  return created;
}

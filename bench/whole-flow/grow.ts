import pg from "pg";

const BATCH = 20_000;

/**
 * Grows the demo database to `total` orders with a history a real warehouse has after a few
 * months: placed over the last 90 days, 1–3 lines of the demo catalogue's SKUs each, 72 %
 * delivered, 10 % shipped (in transit), 5 % returned by the buyer, 8 % cancelled, 5 %
 * returned to origin (RTO); every shipped
 * one has a shipment with an AWB on one of the demo courier accounts and four scans. None is
 * left open, so the pick list and the packing queue hold only what the load imports (plus the
 * demo's own open orders) — list, search and dashboard queries still see the whole table.
 * Bulk `INSERT … SELECT generate_series` in batches of 20,000: a minute or so on 2 cores.
 */
export async function growOrders(databaseUrl: string, total: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order"`);
    const have = rows[0]!.n;
    for (let from = 1; from <= total - have; from += BATCH) {
      const to = Math.min(total - have, from + BATCH - 1);
      await client.query("BEGIN");
      await client.query(GROW_SQL, [from, to]);
      await client.query("COMMIT");
    }
    await client.query("ANALYZE");
    return Math.max(0, total - have);
  } finally {
    await client.end();
  }
}

// $1..$2: the batch's numbers. Status by g % 100; placedAt spread over 90 days, oldest first.
const GROW_SQL = `
WITH products AS (SELECT array_agg(id ORDER BY sku) AS ids, array_agg(sku ORDER BY sku) AS skus,
                         array_agg(title ORDER BY sku) AS titles FROM "Product"),
     accounts AS (SELECT array_agg(id ORDER BY courier) AS ids FROM "CourierAccount"),
     o AS (
  INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone",
    "addressLine1", city, state, pincode, "paymentMethod", "paymentStatus", "subtotalPaise",
    "totalPaise", "codAmountPaise", status, "placedAt", "packedAt", "shippedAt", "deliveredAt",
    "cancelledAt", "createdAt", "updatedAt")
  SELECT 'wf-o' || g, 'STORE_API', 'wf-' || g, 'WF-' || (1000000 + g), 'Customer ' || g,
    '+91' || (9000000000 + g * 7 % 999999999), g || ', Residency Road',
    (ARRAY['Bengaluru','Mumbai','Delhi','Chennai','Hyderabad','Pune','Kolkata','Jaipur'])[g % 8 + 1],
    (ARRAY['Karnataka','Maharashtra','Delhi','Tamil Nadu','Telangana','Maharashtra','West Bengal','Rajasthan'])[g % 8 + 1],
    (ARRAY['560001','400001','110001','600001','500001','411001','700001','302001'])[g % 8 + 1],
    (CASE WHEN g % 3 = 0 THEN 'COD' ELSE 'PREPAID' END)::"PaymentMethod",
    (CASE WHEN g % 3 = 0 THEN 'PENDING' ELSE 'PAID' END)::"PaymentStatus",
    89900, 89900, CASE WHEN g % 3 = 0 THEN 89900 ELSE 0 END,
    (CASE WHEN g % 100 < 72 THEN 'DELIVERED' WHEN g % 100 < 82 THEN 'SHIPPED'
          WHEN g % 100 < 95 AND g % 100 >= 87 THEN 'CANCELLED' ELSE 'RETURNED' END)::"OrderStatus",
    t, CASE WHEN g % 100 NOT BETWEEN 87 AND 94 THEN t + interval '5 hours' END,
    CASE WHEN g % 100 NOT BETWEEN 87 AND 94 THEN t + interval '8 hours' END,
    CASE WHEN g % 100 < 72 THEN t + interval '3 days' END,
    CASE WHEN g % 100 BETWEEN 87 AND 94 THEN t + interval '1 hour' END, t, t + interval '3 days'
  FROM generate_series($1::int, $2::int) g,
       LATERAL (SELECT now() - interval '90 days' + (g % 100000) * interval '77 seconds' AS t) p
  RETURNING id, status, "placedAt"),
     items AS (
  INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise", "qtyOrdered",
    "qtyPicked", "qtyVerified", "orderPlacedAt", "updatedAt")
  SELECT o.id || '-' || k, o.id, p.ids[n], p.skus[n], p.titles[n], 44950, 1,
    CASE WHEN o.status = 'CANCELLED' THEN 0 ELSE 1 END,
    CASE WHEN o.status = 'CANCELLED' THEN 0 ELSE 1 END, o."placedAt", o."placedAt"
  FROM o, products p, generate_series(1, 3) k,
       LATERAL (SELECT (abs(hashtext(o.id || k)) % cardinality(p.ids)) + 1 AS n) pick
  WHERE k <= 1 + abs(hashtext(o.id)) % 3
  ON CONFLICT DO NOTHING),
     s AS (
  INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status, "updatedAt", "createdAt")
  SELECT 's-' || o.id, o.id, a.ids[abs(hashtext(o.id)) % cardinality(a.ids) + 1], o.id || ':FORWARD:1',
    'WF' || (8000000000 + substr(o.id, 5)::bigint),
    (CASE WHEN o.status = 'SHIPPED' THEN 'IN_TRANSIT'
       WHEN substr(o.id, 5)::int % 100 >= 95 THEN 'RTO_DELIVERED' ELSE 'DELIVERED' END)::"ShipmentStatus",
    o."placedAt" + interval '3 days', o."placedAt" + interval '8 hours'
  FROM o, accounts a WHERE o.status <> 'CANCELLED'
  RETURNING id, status, "createdAt")
INSERT INTO "TrackingEvent" (id, "shipmentId", status, "rawStatus", location, "occurredAt", source, "dedupeKey")
SELECT s.id || '-' || k, s.id,
  (CASE k WHEN 1 THEN 'PICKED_UP' WHEN 2 THEN 'IN_TRANSIT' WHEN 3 THEN 'IN_TRANSIT'
     ELSE CASE WHEN s.status = 'IN_TRANSIT' THEN 'OUT_FOR_DELIVERY' ELSE s.status::text END END)::"ShipmentStatus",
  (ARRAY['Picked Up','In Transit','Reached Hub','Last scan'])[k], 'Bangalore_Nelmngla_H (Karnataka)',
  s."createdAt" + k * interval '14 hours', 'WEBHOOK', 'wf:' || s.id || ':' || k
FROM s, generate_series(1, 4) k`;

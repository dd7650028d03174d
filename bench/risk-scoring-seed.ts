import type pg from "pg";
import { lookUpPincode } from "../lib/risk/pincode-directory";

// 300 real pincodes spread over India, each with its directory district and state, so the
// address checks run on the names they meet in production. A tenth of them send a third of
// their parcels back, the rest a tenth.
function benchPlaces() {
  const places: { pincode: string; city: string; state: string }[] = [];
  for (let p = 110001; places.length < 300 && p < 999999; p += 2_953) {
    const entry = lookUpPincode(String(p));
    if (entry)
      places.push({ pincode: String(p), city: entry.districts[0]!, state: entry.states[0]! });
  }
  return places;
}

/**
 * Orders from 60,000 buyers (phone and e-mail), placed over the last year; all but the newest
 * 10,000 have a finished forward parcel. Returns how many parcels finished.
 */
export async function seedRiskBench(client: pg.Client, orders: number): Promise<number> {
  const places = benchPlaces();
  await client.query(
    `CREATE TEMP TABLE bench_place AS
     SELECT (i - 1)::int AS i, p AS pincode, c AS city, s AS state
     FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(p, c, s, i)`,
    [places.map((p) => p.pincode), places.map((p) => p.city), places.map((p) => p.state)],
  );
  const n = places.length;
  await client.query(`
    INSERT INTO "CourierAccount" (id, courier, name, "baseUrl", "credentialsEncrypted", "pickupPincode", "updatedAt")
    VALUES ('ca1', 'SHIPROCKET', 'sr', 'http://x', 'x', '560001', now()),
           ('ca2', 'DELHIVERY', 'dl', 'http://x', 'x', '560001', now()),
           ('ca3', 'EKART', 'ek', 'http://x', 'x', '560001', now());
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerEmail", "customerPhone",
      "addressLine1", "addressLine2", city, state, pincode, "paymentMethod", "paymentStatus",
      "subtotalPaise", "totalPaise", status, "placedAt", "createdAt", "updatedAt")
    SELECT 'o' || g, 'SEED', 'R-' || g, 'PL-' || (500000 + g), 'Customer ' || g,
      'buyer' || (g % 60000) || '@example.in', '+919' || lpad((g % 60000)::text, 9, '0'),
      CASE WHEN g % 11 = 0 THEN 'Near temple' ELSE (g % 400) || ', Station Road' END,
      CASE WHEN g % 7 = 0 THEN NULL ELSE 'Ward ' || (g % 30) || ', Gandhi Nagar' END,
      p.city, p.state, p.pincode,
      (CASE WHEN g % 2 = 0 THEN 'COD' ELSE 'PREPAID' END)::"PaymentMethod", 'PAID',
      29900 + (g % 40) * 25000, 29900 + (g % 40) * 25000,
      (CASE WHEN g > ${orders} - 10000 THEN 'PLACED' ELSE 'DELIVERED' END)::"OrderStatus",
      now() - ((${orders} - g) * interval '315 seconds'), now(), now()
    FROM generate_series(1, ${orders}) g JOIN bench_place p ON p.i = g % ${n};
    INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status,
      "deliveredAt", "statusAt", "updatedAt")
    SELECT 's' || g, 'o' || g, 'ca' || (g % 3 + 1), 'o' || g || ':FORWARD:1', 'AWB' || (7000000000 + g),
      (CASE WHEN (g % ${n} < ${n / 10} AND g % 3 = 0) OR g % 10 = 0 THEN 'RTO_DELIVERED'
            ELSE 'DELIVERED' END)::"ShipmentStatus",
      now() - ((${orders} - g) * interval '315 seconds') + interval '4 days',
      now() - ((${orders} - g) * interval '315 seconds') + interval '4 days', now()
    FROM generate_series(1, ${orders} - 10000) g;
    ANALYZE;`);
  return orders - 10_000;
}

// Shipping dashboard latency with 100,000 shipments: each of the dashboard's queries through its
// real use case over a private PostgreSQL, beside a bare `SELECT 1` round trip of the same client
// in the same run. Target: the slowest query ≤ 200 ms p95. Courier performance reads the days the
// worker has summed (CourierDayStats) and sums live only the days changed since its last fold.
// Run: npx tsx bench/shipping-dashboard.ts   (SHIPMENTS=100000 ITERATIONS=100 to change the size)
import pg from "pg";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import { percentile } from "./percentile";

const SHIPMENTS = Number(process.env.SHIPMENTS ?? 100_000);
const ITERATIONS = Number(process.env.ITERATIONS ?? 100);

// A year of orders, newest last; shipments spread over couriers, drop districts (zones) and
// statuses like a working warehouse's: mostly delivered, some RTO, the rest on their way or
// waiting on ops. Each has 4 tracking scans and a first promise; every 9th a later one (and so
// firstPromisedAt), every 11th an NDR scan (hadFailedAttempt), as tracking records them.
async function seed(client: pg.Client) {
  const pins = `(ARRAY['560001','560103','563101','500001','110001','400001','700001','600001'])`;
  await client.query(`
    INSERT INTO "CourierAccount" (id, courier, name, "baseUrl", "credentialsEncrypted", "pickupPincode", "updatedAt")
    VALUES ('ca1', 'SHIPROCKET', 'sr', 'http://x', 'x', '560001', now()),
           ('ca2', 'DELHIVERY', 'dl', 'http://x', 'x', '560001', now()),
           ('ca3', 'EKART', 'ek', 'http://x', 'x', '560001', now());
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone",
      "addressLine1", city, state, pincode, "paymentMethod", "subtotalPaise", "totalPaise",
      status, "placedAt", "createdAt", "updatedAt")
    SELECT 'o' || g, 'SEED', 'B-' || g, 'PL-' || (300000 + g), 'Customer ' || g,
      '+919' || lpad(g::text, 9, '0'), g || ', MG Road', 'City', 'State', ${pins}[g % 8 + 1],
      'PREPAID', 49900, 49900, 'SHIPPED',
      now() - ((${SHIPMENTS} - g) * interval '315 seconds'), now(), now()
    FROM generate_series(1, ${SHIPMENTS}) g;
    INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status,
      "chargePaise", "bookedAt", "deliveredAt", "statusAt", "expectedDeliveryAt",
      "deliveryAttempts", "pickupScheduledFor", "firstPromisedAt", "hadFailedAttempt",
      "updatedAt", "createdAt")
    SELECT 's' || g, 'o' || g, 'ca' || (g % 3 + 1), 'o' || g || ':FORWARD:1', 'AWB' || (7000000000 + g),
      st::"ShipmentStatus", 5000 + g % 7000, booked,
      CASE WHEN st = 'DELIVERED' THEN booked + (2 + g % 5) * interval '1 day' END,
      booked + interval '1 day', booked + (3 + g % 3) * interval '1 day',
      CASE WHEN st = 'DELIVERED' AND g % 4 <> 0 THEN 1 + (g % 11 = 0)::int END,
      CASE WHEN st = 'PICKUP_SCHEDULED' THEN booked + interval '1 day' END,
      CASE WHEN g % 9 = 0 THEN booked + interval '3 days' END, g % 11 = 0, now(), booked
    FROM generate_series(1, ${SHIPMENTS}) g,
      LATERAL (SELECT now() - ((${SHIPMENTS} - g) * interval '315 seconds') AS booked) b,
      LATERAL (SELECT CASE
        WHEN g > ${SHIPMENTS} - 3000 THEN (ARRAY['BOOKED','PICKUP_SCHEDULED','IN_TRANSIT',
          'OUT_FOR_DELIVERY','NDR','FAILED'])[g % 6 + 1]
        WHEN g % 13 = 0 THEN 'RTO_DELIVERED' ELSE 'DELIVERED' END AS st) s;
    INSERT INTO "TrackingEvent" (id, "shipmentId", status, "rawStatus", "occurredAt", source, "dedupeKey")
    SELECT 't' || g || '-' || k, 's' || g,
      (ARRAY['PICKED_UP','IN_TRANSIT',CASE WHEN g % 11 = 0 THEN 'NDR' ELSE 'IN_TRANSIT' END,
        'OUT_FOR_DELIVERY'])[k]::"ShipmentStatus", 'scan', now() - ((${SHIPMENTS} - g) * interval '315 seconds') + k * interval '6 hours',
      'webhook', 'd' || g || '-' || k
    FROM generate_series(1, ${SHIPMENTS}) g, generate_series(1, 4) k;
    INSERT INTO "ShipmentPromise" (id, "shipmentId", "expectedDeliveryAt", "recordedAt", source)
    SELECT 'p' || g || '-' || k, 's' || g,
      now() - ((${SHIPMENTS} - g) * interval '315 seconds') + (3 + k) * interval '1 day',
      now() - ((${SHIPMENTS} - g) * interval '315 seconds') + k * interval '1 hour',
      CASE WHEN k = 0 THEN 'booking' ELSE 'webhook' END
    FROM generate_series(1, ${SHIPMENTS}) g, generate_series(0, 1) k WHERE k = 0 OR g % 9 = 0;
    ANALYZE;`);
}

async function main() {
  const server = await startBenchDatabase("shipping-dashboard");
  try {
    await deployMigrations(server.url);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const started = performance.now();
    await seed(client);
    await client.end();
    console.log(
      `seeded ${SHIPMENTS} shipments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    process.env.DATABASE_URL = server.url;
    process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-1234";
    process.env.PACKLINE_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
    process.env.LOG_LEVEL = "error";
    const { db } = await import("../lib/db");
    const { getShippingHealth } = await import("../lib/dashboard/get-shipping-health");
    const { getCourierPerformance } = await import("../lib/dashboard/get-courier-performance");
    const { getShippingOverview } = await import("../lib/shipping/get-shipping-overview");

    const { foldCourierDayStats } = await import("../lib/dashboard/fold-courier-day-stats");

    // As the worker leaves it: every booking day summed, then the last two weeks' days marked
    // again, as a minute of tracking updates to parcels still on their way marks them.
    let folded = performance.now();
    let days = 0;
    for (let n = await foldCourierDayStats(); n > 0; n = await foldCourierDayStats()) days += n;
    folded = performance.now() - folded;
    console.log(`folded ${days} booking days in ${(folded / 1000).toFixed(1)} s`);
    await db.$executeRaw`
      INSERT INTO "CourierDayStatsStale" (day)
      SELECT packline_ist_day(now()::timestamp) - g FROM generate_series(0, 13) g`;

    const cases: [string, () => Promise<unknown>][] = [
      ["baseline: SELECT 1 round trip", () => db.$queryRaw`SELECT 1`],
      ["baseline: count(*) of Shipment", () => db.shipment.count()],
      ["health (status counts, trend, attention)", () => getShippingHealth()],
      ["courier performance, last 30 days", () => getCourierPerformance({})],
      [
        "courier performance, last 365 days",
        () =>
          getCourierPerformance({
            from: new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10),
          }),
      ],
      ["shipment list + per-courier counts", () => getShippingOverview({})],
    ];
    console.log(`\n/shipping dashboard queries, ${ITERATIONS} runs each, ${SHIPMENTS} shipments`);
    console.log("query".padEnd(44), "p50 ms".padStart(8), "p95 ms".padStart(8));
    for (const [name, run] of cases) {
      for (let i = 0; i < 5; i++) await run();
      const samples: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const t = performance.now();
        await run();
        samples.push(performance.now() - t);
      }
      const p95 = percentile(samples, 0.95);
      console.log(
        name.padEnd(44),
        percentile(samples, 0.5).toFixed(1).padStart(8),
        p95.toFixed(1).padStart(8),
        name.startsWith("baseline") || p95 <= 200 ? "" : "  over target",
      );
    }
    await db.$disconnect();
  } finally {
    await server.stop();
  }
  process.exit(0);
}

void main();

// Ops dashboard list latency with 100,000 orders: GET /api/orders first page through the real
// use case over a private PostgreSQL, for no filter, each filter and each search kind.
// Run: npx tsx bench/orders-list.ts   (ORDERS=100000 ITERATIONS=200 to change the size)
import pg from "pg";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import { percentile } from "./percentile";

const ORDERS = Number(process.env.ORDERS ?? 100_000);
const ITERATIONS = Number(process.env.ITERATIONS ?? 200);

async function seed(client: pg.Client) {
  await client.query(`
    INSERT INTO "Product" (id, sku, title, category, "pricePaise", "updatedAt")
    SELECT 'p' || g, 'SKU-' || g, 'Product ' || g, 'Cat ' || (g % 7), 10000 + g * 100, now()
    FROM generate_series(1, 50) g;
    INSERT INTO "CourierAccount" (id, courier, name, "baseUrl", "credentialsEncrypted", "pickupPincode", "updatedAt")
    VALUES ('ca1', 'SHIPROCKET', 'sr', 'http://x', 'x', '560001', now()),
           ('ca2', 'DELHIVERY', 'dl', 'http://x', 'x', '560001', now()),
           ('ca3', 'EKART', 'ek', 'http://x', 'x', '560001', now());
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerEmail", "customerPhone",
      "addressLine1", city, state, pincode, "paymentMethod", "paymentStatus", "subtotalPaise", "totalPaise",
      status, "hasShortItems", "shipmentFailed", "ndrOpen", "placedAt", "createdAt", "updatedAt")
    SELECT 'o' || g, 'SEED', 'B-' || g, 'PL-' || (200000 + g), 'Customer ' || g, 'customer' || g || '@example.in',
      '+919' || lpad(g::text, 9, '0'), g || ', MG Road', 'Bengaluru', 'Karnataka', '560001',
      (CASE WHEN g % 3 = 0 THEN 'COD' ELSE 'PREPAID' END)::"PaymentMethod", 'PAID', 49900, 49900,
      (CASE WHEN g > ${ORDERS} - 3000 THEN 'PLACED' WHEN g > ${ORDERS} - 5000 THEN 'PROCESSING'
            WHEN g > ${ORDERS} - 6000 THEN 'PACKED' WHEN g > ${ORDERS} - 12000 THEN 'SHIPPED'
            WHEN g % 50 = 0 THEN 'CANCELLED' WHEN g % 97 = 0 THEN 'RETURNED' ELSE 'DELIVERED' END)::"OrderStatus",
      g % 53 = 0, g % 61 = 0, g % 67 = 0,
      now() - ((${ORDERS} - g) * interval '150 seconds'), now() - ((${ORDERS} - g) * interval '150 seconds'), now()
    FROM generate_series(1, ${ORDERS}) g;
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise", "qtyOrdered", "orderPlacedAt", "updatedAt")
    SELECT 'i' || o.g || '-' || k, 'o' || o.g, 'p' || ((o.g + k) % 50 + 1), 'SKU-' || ((o.g + k) % 50 + 1),
      'Product', 24950, 1, now(), now()
    FROM generate_series(1, ${ORDERS}) o(g), generate_series(1, 2) k;
    INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status, "updatedAt")
    SELECT 's' || g, 'o' || g, 'ca' || (g % 3 + 1), 'o' || g || ':FORWARD:1', 'AWB' || (7000000000 + g),
      'DELIVERED', now()
    FROM generate_series(1, ${ORDERS} - 6000) g WHERE g % 50 <> 0;
    ANALYZE;`);
}

const p95 = (samples: number[]) => percentile(samples, 0.95);

async function main() {
  const server = await startBenchDatabase("orders-list");
  try {
    await deployMigrations(server.url);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const started = performance.now();
    await seed(client);
    await client.end();
    console.log(
      `seeded ${ORDERS} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    process.env.DATABASE_URL = server.url;
    process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-1234";
    process.env.PACKLINE_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
    process.env.LOG_LEVEL = "error";
    const { listOrders } = await import("../lib/orders/list-orders");
    const { listOrdersQuery } = await import("../lib/validation/order");
    const { db } = await import("../lib/db");

    const pick = (i: number) => Math.floor(((i * 7919) % ORDERS) + 1);
    const cases: [string, (i: number) => Record<string, string>][] = [
      ["no filter", () => ({})],
      ["status=PLACED", () => ({ status: "PLACED" })],
      ["status=PROCESSING,PACKED", () => ({ status: "PROCESSING,PACKED" })],
      ["status=CANCELLED (rare, old)", () => ({ status: "CANCELLED" })],
      ["date range (one IST week)", () => ({ from: "2026-10-01", to: "2026-10-07" })],
      ["courier=DELHIVERY", () => ({ courier: "DELHIVERY" })],
      ["payment=COD", () => ({ payment: "COD" })],
      ["shipmentFailed", () => ({ shipmentFailed: "true" })],
      ["partial", () => ({ partial: "true" })],
      ["ndrOpen", () => ({ ndrOpen: "true" })],
      [
        "status + payment + date",
        () => ({ status: "DELIVERED", payment: "COD", from: "2026-09-01" }),
      ],
      ["search: order number", (i) => ({ q: `PL-${200000 + pick(i)}` })],
      ["search: email", (i) => ({ q: `Customer${pick(i)}@example.in` })],
      ["search: phone", (i) => ({ q: `9${String(pick(i)).padStart(9, "0")}` })],
      ["search: AWB", (i) => ({ q: `AWB${7000000000 + pick(i)}` })],
      ["search: no match", () => ({ q: "nothing-here" })],
    ];
    console.log(`\n/api/orders first page (limit 30), ${ITERATIONS} runs each, ${ORDERS} orders`);
    console.log("case".padEnd(34), "p50 ms".padStart(8), "p95 ms".padStart(8), "rows".padStart(6));
    for (const [name, make] of cases) {
      for (let i = 0; i < 10; i++) await listOrders(listOrdersQuery.parse(make(i)));
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < ITERATIONS; i++) {
        const query = listOrdersQuery.parse(make(i + 10));
        const t = performance.now();
        const page = await listOrders(query);
        samples.push(performance.now() - t);
        rows = page.items.length;
      }
      const sorted = [...samples].sort((a, b) => a - b);
      const p50 = sorted[Math.floor(sorted.length / 2)] as number;
      const verdict = p95(samples) <= 100 ? "" : "  over target";
      console.log(
        name.padEnd(34),
        p50.toFixed(1).padStart(8),
        p95(samples).toFixed(1).padStart(8),
        String(rows).padStart(6),
        verdict,
      );
    }
    await db.$disconnect();
  } finally {
    await server.stop();
  }
  process.exit(0);
}

void main();

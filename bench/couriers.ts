// The courier layer under load: (1) 1,000 bookings through bookShipment with the real Shiprocket
// adapter against the sandbox, whose "create" endpoint is limited to 10 req/s: total time vs the
// 100 s floor, and the most create calls the sandbox saw in any wall-clock second and any 1 s
// window; (2) the layer's own overhead per call vs a bare fetch of the same sandbox endpoint.
// Run: npx tsx bench/couriers.ts   (ORDERS=1000 WORKERS=25 CALLS=2000 PACED=100 to change the size)
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import { percentile } from "./percentile";
import { SHIPROCKET_API, startCountingSandbox } from "./counting-sandbox";

const ORDERS = Number(process.env.ORDERS ?? 1000);
const WORKERS = Number(process.env.WORKERS ?? 25);
const CALLS = Number(process.env.CALLS ?? 2000);
const PACED = Number(process.env.PACED ?? 100);
const API = SHIPROCKET_API;

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${cpus().length} cores`;

async function main() {
  const pgServer = await startBenchDatabase("couriers");
  process.env.DATABASE_URL = pgServer.url;
  process.env.NEXTAUTH_SECRET = "bench-secret-bench-secret-bench-secret!!";
  process.env.PACKLINE_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
  process.env.LOG_LEVEL = "error";
  process.env.DB_POOL_MAX = "20";
  await deployMigrations(pgServer.url);

  const { db } = await import("../lib/db");
  const { encryptJson } = await import("../lib/crypto/secrets");
  const { bookShipment } = await import("../lib/shipping/book-shipment");
  const { createCourierHttp } = await import("../lib/couriers/http/courier-http");
  const { rateLimiterFor } = await import("../lib/couriers/http/rate-limiter");

  const sandbox = await startCountingSandbox();
  const { creates, url: sandboxUrl } = sandbox;

  const account = await db.courierAccount.create({
    data: {
      courier: "SHIPROCKET",
      name: "Shiprocket bench",
      baseUrl: `${sandboxUrl}${API}`,
      credentialsEncrypted: encryptJson({ email: "api@packline.local", password: "x" }),
      pickupPincode: "560001",
      pickupLocationName: "Primary",
    },
    select: { id: true, courier: true, baseUrl: true, dryRun: true },
  });
  // The warehouse it books from: an unregistered pickup location is refused before the courier call.
  const { createRegisteredLocation } = await import("../lib/testing/registered-location");
  await createRegisteredLocation([account.id]);
  const client = new pg.Client({ connectionString: pgServer.url });
  await client.connect();
  await client.query(`
    INSERT INTO "Product" (id, sku, title, category, "weightGrams", "updatedAt") VALUES ('p1', 'SKU-1', 'Bottle', 'Kitchen', 400, now());
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone", "addressLine1", city, state,
      pincode, "paymentMethod", "subtotalPaise", "totalPaise", status, "updatedAt")
    SELECT 'o' || g, 'MANUAL', 'B-' || g, 'PL-B' || g, 'Customer ' || g, '9' || lpad(g::text, 9, '0'), g || ' MG Road',
      'Mumbai', 'Maharashtra', '400001', 'PREPAID', 49900, 49900, 'PACKED', now()
    FROM generate_series(1, ${ORDERS}) g;
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise", "qtyOrdered", "orderPlacedAt", "updatedAt")
    SELECT 'i' || g, 'o' || g, 'p1', 'SKU-1', 'Bottle', 49900, 1, now(), now() FROM generate_series(1, ${ORDERS}) g;`);
  await client.end();

  // (2) overhead per call: the same sandbox endpoint, bare fetch vs the courier client.
  const target = `${sandboxUrl}/_control/health`;
  const bare: number[] = [];
  const wrapped: number[] = [];
  const limited: number[] = [];
  const http = createCourierHttp({ ...account, baseUrl: sandboxUrl });
  const httpLimited = createCourierHttp(
    { ...account, baseUrl: sandboxUrl },
    { limits: { health: { points: 1_000_000, durationMs: 1000 } } },
  );
  console.log(`machine: ${load()}`);
  for (let i = 0; i < CALLS; i++) {
    let t = performance.now();
    await (await fetch(target, { headers: { accept: "application/json" } })).json();
    bare.push(performance.now() - t);
    t = performance.now();
    await http.request({ endpoint: "health", method: "GET", path: "/_control/health" });
    wrapped.push(performance.now() - t);
    t = performance.now();
    await httpLimited.request({ endpoint: "health", method: "GET", path: "/_control/health" });
    limited.push(performance.now() - t);
  }
  const fmt = (xs: number[]) =>
    `p50 ${percentile(xs, 0.5).toFixed(2)} ms, p95 ${percentile(xs, 0.95).toFixed(2)} ms`;
  console.log(`overhead over ${CALLS} sequential calls to ${"/_control/health"}:`);
  console.log(`  bare fetch:                         ${fmt(bare)}`);
  console.log(
    `  courier client (breaker, timeout, metrics): ${fmt(wrapped)}  → overhead p50 ${(percentile(wrapped, 0.5) - percentile(bare, 0.5)).toFixed(2)} ms`,
  );
  console.log(
    `  + shared PostgreSQL rate-limit slot:        ${fmt(limited)}  → overhead p50 ${(percentile(limited, 0.5) - percentile(bare, 0.5)).toFixed(2)} ms, p95 ${(percentile(limited, 0.95) - percentile(bare, 0.95)).toFixed(2)} ms (target p50 ≤ 5 ms)`,
  );
  const healthStats = rateLimiterFor(`courier:${account.id}:health`, {
    points: 1_000_000,
    durationMs: 1000,
  }).stats;
  console.log(
    `    limiter: ${JSON.stringify(healthStats)} (database leases per call ${(healthStats.leases / CALLS).toFixed(3)})`,
  );
  // A limit that binds (10/s) but calls spaced wider than it (every 150 ms): each call's slot is
  // free, so what it costs is one lease round trip to PostgreSQL, against a bare fetch beside it.
  const pacedBare: number[] = [];
  const paced: number[] = [];
  const httpPaced = createCourierHttp(
    { ...account, baseUrl: sandboxUrl },
    { limits: { paced: { points: 10, durationMs: 1000 } } },
  );
  for (let i = 0; i < PACED; i++) {
    let t = performance.now();
    await (await fetch(target, { headers: { accept: "application/json" } })).json();
    pacedBare.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 150));
    t = performance.now();
    await httpPaced.request({ endpoint: "paced", method: "GET", path: "/_control/health" });
    paced.push(performance.now() - t);
  }
  console.log(`  ${PACED} calls 150 ms apart, limit 10/s (one lease per call):`);
  console.log(
    `    bare ${fmt(pacedBare)}; limited ${fmt(paced)}  → overhead p50 ${(percentile(paced, 0.5) - percentile(pacedBare, 0.5)).toFixed(2)} ms, p95 ${(percentile(paced, 0.95) - percentile(pacedBare, 0.95)).toFixed(2)} ms`,
  );
  console.log(`machine: ${load()}`);

  // (1) 1,000 bookings, WORKERS at a time.
  console.log(
    `booking ${ORDERS} orders with ${WORKERS} concurrent workers (create limit 10 req/s)…`,
  );
  const queue = Array.from({ length: ORDERS }, (_, i) => `o${i + 1}`);
  const outcomes = new Map<string, number>();
  const failures = new Map<string, number>();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const r = await bookShipment({ orderId: id, actor: { label: "bench" } });
        outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
        if (r.reason) failures.set(r.reason, (failures.get(r.reason) ?? 0) + 1);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const createStats = rateLimiterFor(`courier:${account.id}:create`, {
    points: 10,
    durationMs: 1000,
  }).stats;
  const floor = ORDERS / 10;
  const perSecond = new Map<number, number>();
  for (const t of creates)
    perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
  const maxWallSecond = Math.max(...perSecond.values());
  const maxWindow = Math.max(
    ...creates.map((t) => creates.filter((u) => u >= t && u < t + 1000).length),
  );
  const awbs = await db.shipment.count({ where: { status: "BOOKED", awb: { not: null } } });
  console.log(
    `  outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}${failures.size ? ` (failures: ${JSON.stringify(Object.fromEntries(failures))})` : ""}; shipments with AWB: ${awbs}; create calls at the sandbox: ${creates.length}`,
  );
  console.log(
    `  total ${seconds.toFixed(1)} s vs floor ${floor} s: +${((seconds / floor - 1) * 100).toFixed(1)}% (target ≤ +10%)`,
  );
  console.log(
    `  most creates in one wall-clock second: ${maxWallSecond}; in any sliding 1 s window: ${maxWindow} (limit 10)`,
  );
  console.log(`  create limiter: ${JSON.stringify(createStats)}; machine: ${load()}`);

  await sandbox.stop();
  await db.$disconnect();
  await pgServer.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// The customer's tracking page with 100,000 shipments: p95 over HTTP at 16 concurrent clients of
// the server-rendered page /track/<awb> and of the JSON its live view polls, against the same
// `next start` server serving one of its static script files in the same run (the floor: what any
// answer from that Node process costs here). Each request is a random parcel from its own client
// address (the rate limit is per address, as for real customers). Also the gzipped size of the
// scripts the page loads. Needs a production build: `npx next build`, then
// Run: npx tsx bench/tracking-page.ts   (SHIPMENTS=100000 REQUESTS=4000 CLIENTS=16 to change)
import { spawn } from "node:child_process";
import http from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { deployMigrations } from "../prisma/migrate";
import { PEER_ADDRESS_IMPORT } from "../scripts/lib/web-args.mjs";
import { startBenchDatabase } from "./bench-database";
import { percentile } from "./percentile";

const SHIPMENTS = Number(process.env.SHIPMENTS ?? 100_000);
const REQUESTS = Number(process.env.REQUESTS ?? 4000);
const CLIENTS = Number(process.env.CLIENTS ?? 16);
const awbOf = (n: number) => `BENCH${String(7_000_000_000 + n)}`;

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('store.profile',
      '{"name":"Chai & Co.","supportEmail":"help@chai.example","supportPhone":"+919876543210","logoUrl":null,"uploadedLogoVersion":null}', now());
    INSERT INTO "Product" (id, sku, title, category, "updatedAt")
    SELECT 'p' || g, 'SKU-' || g, 'Product ' || g, 'Kitchen', now() FROM generate_series(1, 50) g;
    INSERT INTO "CourierAccount" (id, courier, name, "baseUrl", "credentialsEncrypted", "pickupPincode", "updatedAt")
    VALUES ('ca1', 'SHIPROCKET', 'sr', 'http://x', 'x', '560001', now()),
           ('ca2', 'DELHIVERY', 'dl', 'http://x', 'x', '560001', now()),
           ('ca3', 'EKART', 'ek', 'http://x', 'x', '560001', now());
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone", "addressLine1",
      city, state, pincode, "paymentMethod", "subtotalPaise", "totalPaise", "codAmountPaise", status, "updatedAt")
    SELECT 'o' || g, 'SEED', 'B-' || g, 'PL-' || (300000 + g), 'Customer ' || g, '+919' || lpad(g::text, 9, '0'),
      g || ', MG Road', 'Bengaluru', 'Karnataka', '560001',
      (CASE WHEN g % 3 = 0 THEN 'COD' ELSE 'PREPAID' END)::"PaymentMethod", 49900, 49900,
      CASE WHEN g % 3 = 0 THEN 49900 ELSE 0 END, 'SHIPPED', now()
    FROM generate_series(1, ${SHIPMENTS}) g;
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise", "qtyOrdered", "orderPlacedAt", "updatedAt")
    SELECT 'i' || o.g || '-' || k, 'o' || o.g, 'p' || ((o.g + k) % 50 + 1), 'SKU-' || ((o.g + k) % 50 + 1),
      'Product ' || k, 24950, 1, now(), now()
    FROM generate_series(1, ${SHIPMENTS}) o(g), generate_series(1, 2) k;
    INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status,
      "expectedDeliveryAt", "updatedAt")
    SELECT 's' || g, 'o' || g, 'ca' || (g % 3 + 1), 'o' || g || ':FORWARD:1', 'BENCH' || (7000000000 + g),
      'IN_TRANSIT', now() + interval '2 days', now()
    FROM generate_series(1, ${SHIPMENTS}) g;
    INSERT INTO "ShipmentPromise" (id, "shipmentId", "expectedDeliveryAt", "recordedAt", source)
    SELECT 'sp' || g, 's' || g, now() + interval '1 day', now() - interval '2 days', 'BOOKING'
    FROM generate_series(1, ${SHIPMENTS}) g;
    INSERT INTO "TrackingEvent" (id, "shipmentId", status, "rawStatus", location, "occurredAt", source, "dedupeKey")
    SELECT 'e' || g || '-' || k, 's' || g,
      (ARRAY['PICKUP_SCHEDULED','PICKED_UP','IN_TRANSIT','IN_TRANSIT','IN_TRANSIT'])[k]::"ShipmentStatus",
      (ARRAY['Pickup Scheduled','Picked Up','In Transit','In Transit','Reached Hub'])[k],
      (ARRAY['Gurgaon_Bilaspur_HB (Haryana)','Gurgaon_Bilaspur_HB (Haryana)','Hyderabad_Shamshabad_HB (Telangana)','Bangalore_Nelmngla_H (Karnataka)','Bangalore_Nelmngla_H (Karnataka)'])[k],
      now() - ((6 - k) * interval '7 hours'), 'WEBHOOK', 'bench:' || g || ':' || k
    FROM generate_series(1, ${SHIPMENTS}) g, generate_series(1, 5) k;
    ANALYZE;`);
  await client.end();
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function get(base: string, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      http
        .get(`${base}${pathname}`, { agent, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks),
              headers: res.headers,
            }),
          );
        })
        .on("error", reject);
    },
  );
}

/** REQUESTS requests from CLIENTS concurrent clients; p50/p95 in ms, and any unexpected status. */
async function measure(
  base: string,
  request: (i: number) => { path: string; headers?: Record<string, string> },
  expected: number,
) {
  const times: number[] = [];
  const wrong = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const { path: url, headers } = request(i);
        const started = performance.now();
        const res = await get(base, url, headers);
        times.push(performance.now() - started);
        if (res.status !== expected) wrong.set(res.status, (wrong.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const bad = [...wrong].map(([s, n]) => `${n}× ${s}`).join(", ");
  return `p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms${bad ? ` (unexpected: ${bad})` : ""}`;
}

const randomAwb = () => awbOf(1 + Math.floor(Math.random() * SHIPMENTS));
let clientNo = 0;
// a client address of its own per request: the per-address rate limit is not what is measured
const fromClient = () => {
  const n = ++clientNo;
  return { "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
};

async function main() {
  const database = await startBenchDatabase("tracking-page");
  await deployMigrations(database.url);
  const started = performance.now();
  await seed(database.url);
  console.log(
    `seeded ${SHIPMENTS} shipments (5 scans, 2 lines each) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const port = await freePort();
  const root = path.resolve(__dirname, "..");
  const server = spawn(
    process.execPath,
    [...PEER_ADDRESS_IMPORT, "node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!!",
        PACKLINE_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
        LOG_LEVEL: "error",
        // The bench stands in for a proxy naming each buyer's address (see `buyer`).
        TRUSTED_PROXIES: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    const up = await get(base, "/api/health").catch(() => null);
    if (up && up.status < 500) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const page = await get(base, `/track/${awbOf(1).toLowerCase()}`, fromClient());
  const html = page.body.toString();
  if (!html.includes("In transit") || !html.includes("Chai &amp; Co."))
    throw new Error("the page did not render the parcel");
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const body = (await get(base, src)).body;
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  console.log(
    `page scripts: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (target < 100 KB); HTML ${(page.body.length / 1024).toFixed(1)} KB, ${(gzipSync(page.body).length / 1024).toFixed(1)} KB gzipped`,
  );
  const staticFile = scripts[0]!;
  const etag = (await get(base, `/api/track/${awbOf(2)}`, fromClient())).headers.etag!;

  // warm-up: compile paths, fill the pool
  await measure(base, () => ({ path: `/api/track/${randomAwb()}`, headers: fromClient() }), 200);
  await measure(base, () => ({ path: `/track/${randomAwb()}`, headers: fromClient() }), 200);
  await measure(base, () => ({ path: staticFile }), 200);

  const load = () =>
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")} on ${cpus().length} cores`;
  console.log(`${REQUESTS} requests each at ${CLIENTS} clients, random parcels of ${SHIPMENTS}:`);
  console.log(
    `  static file ${staticFile}: ${await measure(base, () => ({ path: staticFile }), 200)}; ${load()}`,
  );
  console.log(
    `  tracking page /track/<awb>: ${await measure(base, () => ({ path: `/track/${randomAwb()}`, headers: fromClient() }), 200)}; ${load()}`,
  );
  console.log(
    `  tracking API /api/track/<awb>: ${await measure(base, () => ({ path: `/api/track/${randomAwb()}`, headers: fromClient() }), 200)}; ${load()}`,
  );
  console.log(
    `  tracking API, lowercase AWB: ${await measure(base, () => ({ path: `/api/track/${randomAwb().toLowerCase()}`, headers: fromClient() }), 200)}; ${load()}`,
  );
  console.log(
    `  live view's poll of an unchanged parcel (304): ${await measure(base, () => ({ path: `/api/track/${awbOf(2)}`, headers: { ...fromClient(), "if-none-match": etag } }), 304)}; ${load()}`,
  );
  console.log(
    `  static file again: ${await measure(base, () => ({ path: staticFile }), 200)}; ${load()}`,
  );

  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  agent.destroy();
  await database.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// Bulk booking through the background job: 1,000 packed orders booked by the real worker process
// (lib/jobs/worker.ts, spawned as `npm start` runs it) with the real Shiprocket adapter against
// the sandbox, whose create endpoint Packline limits to 10 calls a second: elapsed time from
// "Generate shipments" to the last outcome recorded, against the 100 s floor. Baseline, measured
// in the same run on the same worker: the same bookings on a dry-run account (everything but the
// courier's create call: claim, carrier choice, request, recording, shipping the order, the run's
// items), which shows what the worker could do if the courier did not limit it.
// Run: npx tsx bench/bulk-booking.ts   (ORDERS=1000 to change the size)
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import { SHIPROCKET_API, startCountingSandbox } from "./counting-sandbox";

const ORDERS = Number(process.env.ORDERS ?? 1000);
const API = SHIPROCKET_API;
const LIMIT_PER_SECOND = 10;

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${cpus().length} cores`;

async function main() {
  const database = await startBenchDatabase("bulk-booking");
  const env = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!!",
    PACKLINE_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
    LOG_LEVEL: "error",
  };
  Object.assign(process.env, env);
  await deployMigrations(database.url);

  const { db } = await import("../lib/db");
  const { encryptJson } = await import("../lib/crypto/secrets");
  const { startBulkBooking } = await import("../lib/shipping/bulk-booking/start-bulk-booking");
  const { MAX_BULK_BOOKING } = await import("../lib/validation/bulk-booking");

  const sandbox = await startCountingSandbox();
  const { creates, url: sandboxUrl } = sandbox;

  const account = (name: string, dryRun: boolean) =>
    db.courierAccount.create({
      data: {
        courier: "SHIPROCKET",
        name,
        baseUrl: `${sandboxUrl}${API}`,
        credentialsEncrypted: encryptJson({ email: "api@packline.local", password: "x" }),
        pickupPincode: "560001",
        pickupLocationName: "Primary",
        dryRun,
        active: false,
      },
      select: { id: true },
    });
  const live = await account("Shiprocket bench", false);
  const dryRun = await account("Shiprocket bench (dry run)", true);
  // The warehouse both accounts book from: an unregistered pickup location is refused before the
  // courier call, so every booking would fail without it.
  const { createRegisteredLocation } = await import("../lib/testing/registered-location");
  await createRegisteredLocation([live.id, dryRun.id]);
  const ops = await db.user.create({
    data: { email: "ops@bench.local", name: "Bench Ops", role: "OPS", passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
  const caller = { ...ops, via: "session" as const };
  await seedOrders(database.url, ORDERS * 2);

  const worker = spawn(process.execPath, ["--import", "tsx", "lib/jobs/worker.ts"], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, ...env, PACKLINE_SERVICE: "worker" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  while ((await db.workerHeartbeat.count()) === 0)
    await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(`worker started (pid ${worker.pid}); ${load()}`);

  /** Books orders o<from>…o<from+ORDERS-1> as bulk runs of at most MAX_BULK_BOOKING; seconds. */
  async function bookAll(accountId: string, from: number) {
    await db.courierAccount.updateMany({ data: { active: false } });
    await db.courierAccount.update({ where: { id: accountId }, data: { active: true } });
    const ids = Array.from({ length: ORDERS }, (_, i) => `o${from + i}`);
    const started = Date.now();
    const runIds: string[] = [];
    for (let i = 0; i < ids.length; i += MAX_BULK_BOOKING) {
      const run = await startBulkBooking({ orderIds: ids.slice(i, i + MAX_BULK_BOOKING), caller });
      runIds.push(run.id);
    }
    while (
      (await db.bulkBookingItem.count({ where: { runId: { in: runIds }, state: "QUEUED" } })) > 0
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    const seconds = (Date.now() - started) / 1000;
    const states = await db.bulkBookingItem.groupBy({
      by: ["state"],
      where: { runId: { in: runIds } },
      _count: { _all: true },
    });
    const awbs = await db.bulkBookingItem.findMany({
      where: { runId: { in: runIds }, state: "BOOKED" },
      select: { awb: true },
    });
    const result = {
      seconds,
      states: Object.fromEntries(states.map((s) => [s.state, s._count._all])),
      distinctAwbs: new Set(awbs.map((a) => a.awb)).size,
    };
    if (result.distinctAwbs !== ORDERS) await refuseFigure(runIds, result.states);
    return result;
  }

  /** A time is worth nothing unless every order was booked: says why they were not, and stops. */
  async function refuseFigure(runIds: string[], states: Record<string, number>) {
    const reasons = await db.bulkBookingItem.groupBy({
      by: ["reason"],
      where: { runId: { in: runIds }, state: { not: "BOOKED" } },
      _count: { _all: true },
      orderBy: { _count: { reason: "desc" } },
      take: 5,
    });
    console.error(`not every order was booked (${JSON.stringify(states)}); reasons:`);
    for (const r of reasons) console.error(`  ${r._count._all} × ${r.reason ?? "(none)"}`);
    worker.kill("SIGTERM");
    process.exit(1);
  }

  console.log(`baseline: ${ORDERS} bookings on a dry-run account (no courier create call)…`);
  const baseline = await bookAll(dryRun.id, 1);
  console.log(
    `  ${baseline.seconds.toFixed(1)} s, ${(ORDERS / baseline.seconds).toFixed(1)} bookings/s; items ${JSON.stringify(baseline.states)}; ${load()}`,
  );

  console.log(
    `bulk booking: ${ORDERS} bookings with the sandbox Shiprocket, create limited to ${LIMIT_PER_SECOND}/s…`,
  );
  creates.length = 0;
  const measured = await bookAll(live.id, ORDERS + 1);
  const floor = ORDERS / LIMIT_PER_SECOND;
  const maxWindow = Math.max(
    ...creates.map((t) => creates.filter((u) => u >= t && u < t + 1000).length),
  );
  console.log(
    `  items ${JSON.stringify(measured.states)}; distinct AWBs ${measured.distinctAwbs}; create calls at the sandbox ${creates.length}; most in any 1 s window ${maxWindow} (limit ${LIMIT_PER_SECOND})`,
  );
  console.log(
    `  elapsed ${measured.seconds.toFixed(1)} s vs floor ${floor} s: ratio ${(measured.seconds / floor).toFixed(3)} (+${((measured.seconds / floor - 1) * 100).toFixed(1)}%, target ≤ +10%)`,
  );
  console.log(
    `  baseline without the courier's limit: ${baseline.seconds.toFixed(1)} s (the worker alone books ${(floor / baseline.seconds).toFixed(1)}× as fast as the courier's limit allows); ${load()}`,
  );

  worker.kill("SIGTERM");
  await new Promise((resolve) => worker.once("exit", resolve));
  await sandbox.stop();
  await db.$disconnect();
  await database.stop();
  process.exit(0);
}

/** `count` packed orders o1…o<count> of one bottle each, fulfilment on. */
async function seedOrders(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    INSERT INTO "FeatureFlag" (key, enabled, description, "updatedAt")
      VALUES ('feature.orders.order_fulfillment', true, 'bench', now());
    INSERT INTO "Product" (id, sku, title, category, "weightGrams", "updatedAt") VALUES ('p1', 'SKU-1', 'Bottle', 'Kitchen', 400, now());
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone", "addressLine1", city, state,
      pincode, "paymentMethod", "subtotalPaise", "totalPaise", status, "updatedAt")
    SELECT 'o' || g, 'MANUAL', 'B-' || g, 'PL-B' || g, 'Customer ' || g, '9' || lpad(g::text, 9, '0'), g || ' MG Road',
      'Mumbai', 'Maharashtra', '400001', 'PREPAID', 49900, 49900, 'PACKED', now()
    FROM generate_series(1, ${count}) g;
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise", "qtyOrdered", "orderPlacedAt", "updatedAt")
    SELECT 'i' || g, 'o' || g, 'p1', 'SKU-1', 'Bottle', 49900, 1, now(), now() FROM generate_series(1, ${count}) g;`);
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

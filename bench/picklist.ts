// Pick list and pick allocation at warehouse scale: 100,000 orders (~300,000 lines, 2,000 SKUs),
// 20,000 of them open, on a private PostgreSQL. Prints latencies and checks no line is
// over-allocated.   npx tsx bench/picklist.ts
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { deployMigrations } from "@/prisma/migrate";
import { startBenchDatabase } from "./bench-database";

const ORDERS = 100_000;
const OPEN = 20_000;
const SKUS = 2_000;
const HOT = 8;
const PICKERS = 16;
const PICKS_EACH = 60;

async function main(): Promise<number> {
  // Durable: every pick waits for its WAL flush while it holds the SKU lock, as in production.
  const server = await startBenchDatabase("picklist");
  const { dataDir } = server;
  process.env.DATABASE_URL = server.url;
  process.env.NEXTAUTH_SECRET = "bench-secret-bench-secret-bench-secret!!";
  process.env.PACKLINE_ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
  process.env.LOG_LEVEL = "error";
  await deployMigrations(server.url);

  const { db } = await import("@/lib/db");
  const { listPickList } = await import("@/lib/warehouse/list-pick-list");
  const { getPickListStats } = await import("@/lib/warehouse/get-pick-list-stats");
  const { allocatePick } = await import("@/lib/warehouse/allocate-pick");
  const { NextRequest } = await import("next/server");
  const route = await import("@/app/api/picklist/route");

  function pct(samples: number[], p: number) {
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  }
  const fmt = (samples: number[]) =>
    `p50 ${pct(samples, 50).toFixed(1)} ms  p95 ${pct(samples, 95).toFixed(1)} ms  (n=${samples.length})`;

  async function seed() {
    const started = performance.now();
    await db.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
    SELECT 'picker-' || g, 'picker' || g || '@bench.test', 'Picker ' || g, 'x', 'PICKER', now()
    FROM generate_series(1, ${PICKERS}) g`);
    await db.$executeRawUnsafe(`
    INSERT INTO "Product" (id, sku, title, category, subcategory, "binLocation", barcode, "updatedAt")
    SELECT 'p' || g, 'SKU-' || lpad(g::text, 5, '0'), 'Product ' || g,
      'Category ' || (g % 10), 'Sub ' || (g % 7),
      chr(65 + (g % 10)) || lpad(((g / 10) % 100)::text, 2, '0') || '-' || lpad((g % 40)::text, 2, '0'),
      '890' || lpad(g::text, 10, '0'), now()
    FROM generate_series(1, ${SKUS}) g`);
    // Oldest first; the newest OPEN orders are still being picked (a quarter PROCESSING).
    await db.$executeRawUnsafe(`
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone",
      "addressLine1", city, state, pincode, "paymentMethod", "subtotalPaise", "totalPaise",
      status, "readyToPack", "placedAt", "createdAt", "updatedAt")
    SELECT 'o' || g, 'SEED', 'B-' || g, 'B-' || g, 'Customer ' || g, '+919800000000', '1 Road',
      'Pune', 'Maharashtra', '411001', 'PREPAID', 10000, 10000,
      (CASE WHEN g > ${ORDERS - OPEN} THEN (CASE WHEN g % 4 = 0 THEN 'PROCESSING' ELSE 'PLACED' END)
            WHEN g % 20 = 0 THEN 'CANCELLED' ELSE 'DELIVERED' END)::"OrderStatus",
      g <= ${ORDERS - OPEN} AND g % 20 <> 0,
      now() - ((${ORDERS} - g) * interval '90 seconds'),
      now() - ((${ORDERS} - g) * interval '90 seconds'), now()
    FROM generate_series(1, ${ORDERS}) g`);
    // 1–5 lines per order (3 on average); every open order's first line is one of the hot SKUs.
    await db.$executeRawUnsafe(`
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise",
      "qtyOrdered", "qtyPicked", "orderPlacedAt", "updatedAt")
    SELECT 'i' || g || '-' || l, o.id, 'p' || s.n, 'SKU-' || lpad(s.n::text, 5, '0'), 'Product ' || s.n,
      10000, 1 + (g + l) % 3,
      CASE WHEN o.status = 'DELIVERED' THEN 1 + (g + l) % 3
           WHEN o.status = 'PROCESSING' AND l = 1 THEN 1 + (g + l) % 3 ELSE 0 END,
      o."placedAt", now()
    FROM generate_series(1, ${ORDERS}) g
    JOIN "Order" o ON o.id = 'o' || g
    CROSS JOIN LATERAL generate_series(1, 1 + g % 5) l
    CROSS JOIN LATERAL (SELECT CASE WHEN l = 1 AND g > ${ORDERS - OPEN} THEN 1 + (g / 4) % ${HOT}
      ELSE 1 + ((g * 7919 + l * 104729) % ${SKUS}) END AS n) s`);
    await db.$executeRawUnsafe(`ANALYZE`);
    const counts = await db.$queryRaw<{ orders: number; items: number; open: number }[]>`
    SELECT (SELECT count(*)::int FROM "Order") AS orders, (SELECT count(*)::int FROM "OrderItem") AS items,
      (SELECT count(*)::int FROM "Order" WHERE status IN ('PLACED','PROCESSING')) AS open`;
    console.log(
      `seeded ${counts[0]!.orders} orders, ${counts[0]!.items} lines, ${SKUS} SKUs, ${counts[0]!.open} open in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  async function time<T>(fn: () => Promise<T>) {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  }

  // The machine's load, so the latencies below can be judged against it.
  const load = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`;

  await seed();
  console.log(load());

  const plain: number[] = [];
  for (let i = 0; i < 5; i++) {
    plain.push(
      await time(
        () => db.$queryRaw`
      SELECT i.sku, sum(i."qtyOrdered" - i."qtyPicked" - i."qtyShort") FROM "OrderItem" i
      JOIN "Order" o ON o.id = i."orderId" WHERE o.status IN ('PLACED','PROCESSING')
        AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered" GROUP BY i.sku`,
      ),
    );
  }
  console.log(`for comparison, a plain GROUP BY over open lines: ${fmt(plain)}`);

  const list: number[] = [];
  const filtered: number[] = [];
  for (let i = 0; i < 200; i++) {
    list.push(await time(() => listPickList({ limit: 60 })));
    filtered.push(await time(() => listPickList({ limit: 60, category: `Category ${i % 10}` })));
  }
  console.log(`pick list (use case, first page of 60 SKUs + waiting orders): ${fmt(list)}`);
  console.log(`pick list filtered by category:                               ${fmt(filtered)}`);
  const stats: number[] = [];
  for (let i = 0; i < 100; i++)
    stats.push(await time(() => getPickListStats({ pickerId: "picker-1" })));
  console.log(`pick list stats:                                              ${fmt(stats)}`);

  const token = randomUUID();
  await db.apiToken.create({
    data: {
      name: "bench",
      userId: "picker-1",
      tokenHash: createHash("sha256").update(token).digest("hex"),
    },
  });
  const http: number[] = [];
  for (let i = 0; i < 200; i++) {
    http.push(
      await time(async () => {
        const req = new NextRequest("http://bench.local/api/picklist?limit=60", {
          headers: { authorization: `Bearer ${token}` },
        });
        const res = await route.GET(req, { params: Promise.resolve({}) });
        if (res.status !== 200) throw new Error(`picklist answered ${res.status}`);
        await res.text();
      }),
    );
  }
  console.log(`pick list through the route handler (auth, zod, JSON):        ${fmt(http)}`);

  // One bare round trip, alone and with 16 sessions at once: the floor under every figure below.
  const ping: number[] = [];
  for (let i = 0; i < 300; i++) ping.push(await time(() => db.$queryRaw`SELECT 1`));
  console.log(`bare SELECT 1 round trip, one at a time:                      ${fmt(ping)}`);
  const pingMany: number[] = [];
  await Promise.all(
    Array.from({ length: PICKERS }, async () => {
      for (let n = 0; n < PICKS_EACH; n++) pingMany.push(await time(() => db.$queryRaw`SELECT 1`));
    }),
  );
  console.log(
    `bare SELECT 1 round trip, ${PICKERS} at once:                       ${fmt(pingMany)}`,
  );

  const alone: number[] = [];
  for (let n = 0; n < 100; n++) {
    alone.push(
      await time(() =>
        allocatePick({
          code: `SKU-${String(1 + (n % HOT)).padStart(5, "0")}`,
          qty: 1 + (n % 3),
          clientEventId: randomUUID(),
          picker: { id: "picker-1", name: "" },
        }),
      ),
    );
  }
  console.log(`picks, one picker alone on hot SKUs:                          ${fmt(alone)}`);
  console.log(load());

  const picks: number[] = [];
  let conflicts = 0;
  const reasons = new Map<string, number>();
  const pgCpuBefore = postgresCpuMs(dataDir);
  const nodeCpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PICKERS }, async (_, p) => {
      for (let n = 0; n < PICKS_EACH; n++) {
        const sku = `SKU-${String(1 + ((p + n) % HOT)).padStart(5, "0")}`;
        const t = performance.now();
        try {
          await allocatePick({
            code: sku,
            qty: 1 + (n % 3),
            clientEventId: randomUUID(),
            picker: { id: `picker-${p + 1}`, name: "" },
          });
        } catch (error) {
          conflicts += 1;
          const reason = error instanceof Error ? error.message.slice(0, 120) : String(error);
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
        picks.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `picks, ${PICKERS} concurrent pickers on ${HOT} hot SKUs:      ${fmt(picks)}  ${(picks.length / seconds).toFixed(0)} picks/s, ${conflicts} refused`,
  );

  const nodeCpu = process.cpuUsage(nodeCpuBefore);
  const perPick = (ms: number) => (ms / picks.length).toFixed(1);
  console.log(
    `CPU per pick (load-independent): postgres ${perPick(postgresCpuMs(dataDir) - pgCpuBefore)} ms, node ${perPick((nodeCpu.user + nodeCpu.system) / 1000)} ms`,
  );
  for (const [reason, count] of reasons) console.log(`  refused ${count}×: ${reason}`);
  console.log(load());
  const [check] = await db.$queryRaw<{ over: number; drift: number }[]>`
  SELECT (SELECT count(*)::int FROM "OrderItem" WHERE "qtyPicked" + "qtyShort" > "qtyOrdered") AS over,
    (SELECT count(*)::int FROM "SkuDemand" d FULL JOIN (
       SELECT i.sku, sum(i."qtyPicked")::int AS p FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
       WHERE o.status IN ('PLACED','PROCESSING') GROUP BY i.sku) g ON g.sku = d.sku
     WHERE coalesce(d."qtyPicked", 0) <> coalesce(g.p, 0)) AS drift`;
  console.log(
    `over-allocated lines: ${check!.over}; SkuDemand rows differing from a recount: ${check!.drift}`,
  );

  await db.$disconnect();
  await server.stop();
  return check!.over === 0 && check!.drift === 0 ? 0 : 1;
}

/** CPU used so far by the private cluster's postmaster and its backends (Linux /proc). */
function postgresCpuMs(dataDir: string): number {
  const postmaster = readFileSync(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8").split(
    "\n",
  )[0];
  const tickMs = 10; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // the process ended while we listed them
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (pid === postmaster || fields[1] === postmaster)
      ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * tickMs;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

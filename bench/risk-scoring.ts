// RTO risk scoring of 100,000 orders over a private PostgreSQL holding their history, in
// batches of 250 as the store import places them: the batch's history queries, the pure
// scorer and the one UPDATE, per order, against a baseline measured in the same run, the bare
// read of the same orders' rows. Then the replay that the backfill and the backtest walk, and
// the lift figure on the demo's seeded history (prisma/seed/risk-history.ts).
// Run: npx tsx bench/risk-scoring.ts   (ORDERS=100000 BATCH=250 to change the size)
import pg from "pg";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";
import { seedRiskBench } from "./risk-scoring-seed";

const ORDERS = Number(process.env.ORDERS ?? 100_000);
const BATCH = Number(process.env.BATCH ?? 250);

const row = (name: string, ms: number, n: number, note = "") =>
  console.log(
    name.padEnd(44),
    (ms / 1000).toFixed(2).padStart(9),
    (ms / n).toFixed(3).padStart(12),
    note,
  );

async function main() {
  const server = await startBenchDatabase("risk-scoring");
  try {
    await deployMigrations(server.url);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const started = performance.now();
    const finished = await seedRiskBench(client, ORDERS);
    await client.end();
    console.log(
      `seeded ${ORDERS} orders (${finished} finished parcels) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    process.env.DATABASE_URL = server.url;
    process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-1234";
    process.env.PACKLINE_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
    process.env.LOG_LEVEL = "error";
    const { db } = await import("../lib/db");
    const { loadRiskHistory } = await import("../lib/risk/load-risk-history");
    const { lookUpPincode } = await import("../lib/risk/pincode-directory");
    const { scoreOrder } = await import("../lib/risk/score-order");
    const { writeScores } = await import("../lib/risk/score-placed-orders");
    const { loadReplayInput } = await import("../lib/risk/load-replay-input");
    const { replayRisk } = await import("../lib/risk/risk-replay");

    const { riskOrderSelect: select } = await import("../lib/risk/risk-order-select");
    const ids = (await db.order.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (o) => o.id,
    );
    const batches = Array.from({ length: Math.ceil(ids.length / BATCH) }, (_, i) =>
      ids.slice(i * BATCH, (i + 1) * BATCH),
    );
    lookUpPincode("560001"); // the directory loads once per process; not part of an order's cost

    // one untimed pass, so neither measurement pays for cold caches and first-use planning
    for (const batch of batches)
      await db.$transaction((tx) => tx.order.findMany({ where: { id: { in: batch } }, select }));
    let baseline = 0;
    for (const batch of batches) {
      const t = performance.now();
      await db.$transaction((tx) => tx.order.findMany({ where: { id: { in: batch } }, select }));
      baseline += performance.now() - t;
    }

    let read = 0;
    let history = 0;
    let scoring = 0;
    let write = 0;
    let high = 0;
    const startedAt = performance.now();
    for (const batch of batches)
      await db.$transaction(async (tx) => {
        let t = performance.now();
        const orders = await tx.order.findMany({ where: { id: { in: batch } }, select });
        read += performance.now() - t;
        t = performance.now();
        const histories = await loadRiskHistory(tx, orders);
        history += performance.now() - t;
        t = performance.now();
        const scores = orders.map((o, i) => ({
          id: o.id,
          ...scoreOrder(o, histories[i]!, lookUpPincode),
        }));
        scoring += performance.now() - t;
        high += scores.filter((s) => s.score >= 40).length;
        t = performance.now();
        await writeScores(tx, scores, new Date());
        write += performance.now() - t;
      });
    const total = performance.now() - startedAt;

    let t = performance.now();
    const input = await loadReplayInput();
    const replayLoad = performance.now() - t;
    t = performance.now();
    let replayed = 0;
    replayRisk(input, lookUpPincode, () => replayed++);
    const replayWalk = performance.now() - t;

    const n = ids.length;
    console.log(`\nscoring ${n} orders in batches of ${BATCH} (${high} scored high)`);
    console.log("step".padEnd(44), "total s".padStart(9), "ms / order".padStart(12));
    row("baseline: bare read of the orders' rows", baseline, n);
    row(
      "live scoring, whole transaction",
      total,
      n,
      total / n <= 1 ? "(target ≤ 1 ms: met)" : "(target ≤ 1 ms: MISSED)",
    );
    row("  of which: the same read", read, n);
    row("  of which: history (place sums ≤ 1 min old)", history, n);
    row("  of which: pure scorer", scoring, n);
    row("  of which: writing the scores", write, n);
    row(
      "  live scoring less the read",
      total - read,
      n,
      `(${((total - read) / baseline).toFixed(1)}× the bare read)`,
    );
    row("replay (backfill/backtest): load", replayLoad, replayed);
    row("replay (backfill/backtest): walk and score", replayWalk, replayed);

    await db.$disconnect();
    const { demoHistoryLift } = await import("./risk-scoring-lift");
    await demoHistoryLift(server.url);
  } finally {
    await server.stop();
  }
  process.exit(0);
}

void main();

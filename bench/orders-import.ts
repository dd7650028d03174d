// Store order import at scale: a sync of 10,000 new orders from the sandbox store API (served
// over real HTTP on loopback), then the same 10,000 again (nothing changes), on a private
// PostgreSQL. Prints orders/s for each. Target: ≥ 500 orders/s.   npx tsx bench/orders-import.ts
import type { AddressInfo } from "node:net";
import { deployMigrations } from "@/prisma/migrate";
import { startBenchDatabase } from "./bench-database";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 10_000);

async function main(): Promise<number> {
  const server = await startBenchDatabase("orders-import");
  process.env.DATABASE_URL = server.url;
  process.env.NEXTAUTH_SECRET = "bench-secret-bench-secret-bench-secret!!";
  process.env.PACKLINE_ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
  process.env.LOG_LEVEL = "error";
  await deployMigrations(server.url);

  const { db } = await import("@/lib/db");
  const { encryptSecret } = await import("@/lib/crypto/secrets");
  const { runOrderSync } = await import("@/lib/orders/import/run-order-sync");
  const { createSandbox } = await import("@/sandbox/server");

  const sandbox = createSandbox().server;
  await new Promise<void>((r) => sandbox.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}`;
  const post = (p: string, body: unknown) =>
    fetch(`${base}${p}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  await post("/_control/store/generate", { count: ORDERS, mix: "importable", seed: 7 });

  const source = await db.orderSourceConfig.create({
    data: {
      name: "Bench store",
      baseUrl: `${base}/store`,
      apiKeyEncrypted: encryptSecret("sandbox-store-key"),
    },
    select: { id: true },
  });

  try {
    for (const shape of ["nested", "flat"] as const) {
      await db.$executeRaw`TRUNCATE "Order", "Product", "OutboxEvent", "SyncRun" CASCADE`;
      await post("/_control/store/config", { shape });
      let started = performance.now();
      const fresh = await runOrderSync({ sourceId: source.id, trigger: "bench", full: true });
      const freshSeconds = (performance.now() - started) / 1000;
      started = performance.now();
      const again = await runOrderSync({ sourceId: source.id, trigger: "bench", full: true });
      const againSeconds = (performance.now() - started) / 1000;
      if (!fresh.ran || !again.ran) throw new Error("sync did not run");
      const rows = await db.order.count();
      const items = await db.orderItem.count();
      console.log(
        `${shape.padEnd(6)} new:   ${fresh.counts.created} orders (${items} lines) in ${freshSeconds.toFixed(2)} s = ${Math.round(fresh.counts.created / freshSeconds)} orders/s  [${fresh.status}]`,
      );
      console.log(
        `${shape.padEnd(6)} again: ${again.counts.skipped} unchanged, ${again.counts.created} created, ${again.counts.updated} updated in ${againSeconds.toFixed(2)} s = ${Math.round(ORDERS / againSeconds)} orders/s  (rows: ${rows})`,
      );
    }
    return 0;
  } finally {
    await new Promise<void>((r) => sandbox.close(() => r()));
    await db.$disconnect();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

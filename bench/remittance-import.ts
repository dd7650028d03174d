// COD remittance reconciliation at scale: a courier's remittance report of 10,000, 50,000 and
// 100,000 lines (CSV written by the bench, Shiprocket's headings, amounts with paise, IST dates),
// each imported through the real use case (streamed read, every row checked, one transaction of
// multi-row inserts) and then reconciled (the summary by courier and state), against 100,000
// delivered COD parcels in a private PostgreSQL. Every tenth line pays ₹10 short and 2% of the
// parcels are left out, so the reconciliation has shorts and late parcels to find (the
// 100,000-line report runs past the last parcel: its last 2,000 lines are unknown AWBs).
// Baseline, same run, same file: read the lines and insert them into a bare table in the same
// multi-row batches, with no checks, no hash and no reconciliation.
// Memory: a second, untimed pass of each samples live memory (see sampleLiveMemory).
// Target: 100,000 lines reconciled in ≤ 10 s, memory flat in the file's size.
//   npx tsx bench/remittance-import.ts
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { deployMigrations } from "@/prisma/migrate";
import { startBenchDatabase } from "./bench-database";

// the collector, without a node flag: tsx starts node itself
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const PARCELS = 100_000;
const SIZES = [10_000, 50_000, 100_000];
const DAY = 86_400_000;
const awbOf = (n: number) => `SR${String(500_000_000 + n)}`;
const codOf = (n: number) => 19_900 + (n % 500) * 1_013;

async function writeReport(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("Order ID,AWB Code,Courier,Remitted Amount,UTR,Remittance Date\r\n");
  const utr = `UTR${lines}`;
  for (let n = 1, written = 0; written < lines; n += 1) {
    if (n % 50 === 0) continue; // left out: late
    const paise = codOf(n) - (n % 10 === 0 ? 1_000 : 0);
    const rupees = `${Math.floor(paise / 100).toLocaleString("en-IN")}.${String(paise % 100).padStart(2, "0")}`;
    const row = `PL-${n},${awbOf(n)},Shiprocket Surface,"${rupees}",${utr},0${1 + (n % 9)}-12-2026 1${n % 10}:30\r\n`;
    if (!out.write(row)) await once(out, "drain");
    written += 1;
  }
  out.end();
  await once(out, "close");
}

/**
 * Live memory, not garbage: V8 collects lazily, so a plain sample grows with whatever was read
 * and dropped. Each sample (every 50 ms) forces a full collection first,
 * so the peak is what the run really holds at once; run it separately from the timed pass.
 */
function sampleLiveMemory() {
  gc();
  const start = process.memoryUsage();
  const peak = { heap: 0, external: 0 };
  const timer = setInterval(() => {
    gc();
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed - start.heapUsed);
    peak.external = Math.max(
      peak.external,
      m.external + m.arrayBuffers - start.external - start.arrayBuffers,
    );
  }, 50);
  return () => {
    clearInterval(timer);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    return `live heap +${mb(peak.heap)} MB, buffers +${mb(peak.external)} MB`;
  };
}

async function main(): Promise<number> {
  const server = await startBenchDatabase("remittance-import");
  process.env.DATABASE_URL = server.url;
  process.env.NEXTAUTH_SECRET = "bench-secret-bench-secret-bench-secret!!";
  process.env.PACKLINE_ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
  process.env.LOG_LEVEL = "error";
  await deployMigrations(server.url);
  const { db } = await import("@/lib/db");
  const { importRemittanceReport } = await import("@/lib/remittance/import-remittance-report");
  const { loadReconciliationSummary } =
    await import("@/lib/remittance/load-reconciliation-summary");
  const dir = mkdtempSync(path.join(tmpdir(), "packline-remit-bench-"));
  try {
    const account = await db.courierAccount.create({
      data: {
        courier: "SHIPROCKET",
        name: "Bench",
        baseUrl: "http://127.0.0.1:9",
        credentialsEncrypted: "x",
        pickupPincode: "560034",
      },
      select: { id: true },
    });
    const deliveredAt = new Date(Date.now() - 30 * DAY);
    await db.$executeRaw`
      INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone",
        "addressLine1", city, state, pincode, "paymentMethod", "paymentStatus", "subtotalPaise",
        "totalPaise", "codAmountPaise", status, "placedAt", "deliveredAt", "updatedAt")
      SELECT 'o' || n, 'SEED', 'B-' || n, 'PL-' || n, 'Bench Buyer', '+919800000000',
        '1 MG Road', 'Bengaluru', 'Karnataka', '560001', 'COD', 'PENDING',
        19900 + (n % 500) * 1013, 19900 + (n % 500) * 1013, 19900 + (n % 500) * 1013,
        'DELIVERED', ${deliveredAt}, ${deliveredAt}, now()
      FROM generate_series(1, ${PARCELS}) n`;
    await db.$executeRaw`
      INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status,
        "deliveredAt", "updatedAt")
      SELECT 's' || n, 'o' || n, ${account.id}, 'o' || n || ':FORWARD:1',
        'SR' || (500000000 + n)::text, 'DELIVERED', ${deliveredAt}, now()
      FROM generate_series(1, ${PARCELS}) n`;
    await db.$executeRaw`ANALYZE`;
    const importReport = (file: string) =>
      importRemittanceReport({
        courierAccountId: account.id,
        fileName: path.basename(file),
        body: createReadStream(file, { highWaterMark: 64 * 1024 }),
        importedBy: null,
      });
    await db.$executeRaw`CREATE TABLE bare_lines (awb text, reference text, amount bigint, remitted text)`;
    console.log(`${PARCELS.toLocaleString("en-IN")} delivered COD parcels; report lines:`);
    for (const lines of SIZES) {
      const file = path.join(dir, `report-${lines}.csv`);
      await writeReport(file, lines);
      await db.$executeRaw`TRUNCATE "RemittanceLine", "RemittanceImport", bare_lines`;

      let started = performance.now();
      await bareInsert(db, file);
      const bareSeconds = (performance.now() - started) / 1000;

      started = performance.now();
      const imported = await importReport(file);
      const importSeconds = (performance.now() - started) / 1000;
      const summary = await loadReconciliationSummary();
      const totalSeconds = (performance.now() - started) / 1000;

      await db.$executeRaw`TRUNCATE "RemittanceLine", "RemittanceImport", bare_lines`;
      let memory = sampleLiveMemory();
      await bareInsert(db, file);
      const bareMemory = memory();
      memory = sampleLiveMemory();
      await importReport(file);
      await loadReconciliationSummary();
      const importMemory = memory();
      if (imported.addedCount !== lines)
        throw new Error(`added ${imported.addedCount} of ${lines}`);
      const states = summary.totals.map((t) => `${t.state} ${t.parcels}`).join(", ");
      console.log(
        `  ${String(lines).padStart(7)}: reconciled in ${totalSeconds.toFixed(2)} s (import ${importSeconds.toFixed(2)} s + summary ${(totalSeconds - importSeconds).toFixed(2)} s), peak ${importMemory}` +
          `\n           baseline bare insert of the same lines ${bareSeconds.toFixed(2)} s, peak ${bareMemory}` +
          `\n           [${states}]`,
      );
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.$disconnect();
    await server.stop();
  }
}

/** The floor: the file's lines into a plain table in the same 5,000-row batches, unchecked. */
async function bareInsert(db: typeof import("@/lib/db").db, file: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      let batch: string[][] = [[], [], [], []];
      const flush = async () => {
        const [awbs, refs, amounts, dates] = batch;
        batch = [[], [], [], []];
        await tx.$executeRaw`INSERT INTO bare_lines SELECT a, r, p::bigint, d
          FROM unnest(${awbs}::text[], ${refs}::text[], ${amounts}::text[], ${dates}::text[]) AS s(a, r, p, d)`;
      };
      let first = true;
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      for await (const line of lines) {
        if (first || !line) {
          first = false;
          continue;
        }
        const [, awb, , amount, utr, date] = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
        batch[0]!.push(awb!);
        batch[1]!.push(utr!);
        batch[2]!.push(amount!.replace(/[",.]/g, ""));
        batch[3]!.push(date!);
        if (batch[0]!.length >= 5_000) await flush();
      }
      if (batch[0]!.length > 0) await flush();
    },
    { timeout: 120_000 },
  );
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

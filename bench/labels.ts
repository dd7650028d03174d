// A merged label PDF of 500 labels, as the label batch job makes it (lib/dispatch/labels): the
// labels already cached on their shipments (a mix of three couriers' sandbox labels and Packline's
// dry-run label, each with its own barcode), read from PostgreSQL, laid out 4×6 and A4 four-up as
// form XObjects, and the PDF stored on the batch. Each run is a process of its own started the
// way `npm start` starts the worker (node --import tsx, with the worker's MALLOC_ARENA_MAX from
// scripts/lib/worker-env.mjs), so no run inherits another's high-water; its wall time and peak
// RSS (process.resourceUsage().maxRSS) are the figures. The baseline, in the same run, is that
// same process doing everything but the PDF: the same modules, the same database reads (the
// job's fetch step and all 500 labels read 20 at a time), no merge and no store. Each layout is
// also measured with glibc's default arenas (what the worker ran with before), for comparison.
// Run: npx tsx bench/labels.ts   (LABELS=500, REPEAT=3 to change)
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { deployMigrations } from "../prisma/migrate";
import { WORKER_ENV } from "../scripts/lib/worker-env.mjs";
import { startBenchDatabase } from "./bench-database";

const LABELS = Number(process.env.LABELS ?? 500);
const REPEAT = Number(process.env.REPEAT ?? 3);
const LAYOUTS = ["THERMAL_4X6", "A4_FOUR_UP"] as const;
type Layout = (typeof LAYOUTS)[number];
type Work = "baseline" | "job";
interface Figures {
  ms: number;
  maxRssMb: number;
  bytes: number;
  pages: number;
}

async function seed() {
  const { db } = await import("../lib/db");
  const { renderLabelPdf } = await import("../sandbox/couriers/shared/pdf");
  const { renderPdf } = await import("../sandbox/couriers/ekart/pdf");
  const { renderDryRunLabel } = await import("../lib/shipping/render-dry-run-label");
  const user = await db.user.create({
    data: { email: "ops@bench.local", name: "Ops", role: "OPS", passwordHash: "x" },
    select: { id: true },
  });
  const account = await db.courierAccount.create({
    data: {
      courier: "SHIPROCKET",
      name: "sr",
      baseUrl: "http://x",
      credentialsEncrypted: "x",
      pickupPincode: "560001",
    },
    select: { id: true },
  });
  const order = (n: number) => ({
    number: `PL-${300000 + n}`,
    customerName: `Customer ${n}`,
    customerPhone: `+919${String(n).padStart(9, "0")}`,
    addressLine1: `${n}, MG Road`,
    addressLine2: null,
    landmark: null,
    city: "Bengaluru",
    state: "Karnataka",
    pincode: "560001",
    paymentMethod: n % 3 ? ("PREPAID" as const) : ("COD" as const),
    codAmountPaise: n % 3 ? 0 : 49900,
  });
  const label = async (n: number, awb: string): Promise<Uint8Array> => {
    const o = order(n);
    const lines = [
      `Order ${o.number}`,
      `To: ${o.customerName}`,
      o.addressLine1,
      "Bengaluru 560001",
    ];
    if (n % 4 === 0) return renderLabelPdf({ courier: "Shiprocket · Bluedart", awb, lines });
    if (n % 4 === 1) return renderLabelPdf({ courier: "Delhivery", awb, lines });
    if (n % 4 === 2) return renderPdf("Ekart shipping label", [`Waybill: ${awb}`, ...lines]);
    return renderDryRunLabel({
      awb,
      direction: "FORWARD",
      courier: "DELHIVERY",
      accountName: "Delhivery dry run",
      serviceName: "Surface",
      weightGrams: 500,
      order: o,
    });
  };
  for (let n = 1; n <= LABELS; n++) {
    const { number, ...rest } = order(n);
    const awb = `BENCH${7_000_000_000 + n}`;
    await db.order.create({
      data: {
        id: `o${n}`,
        source: "MANUAL",
        externalId: `B-${n}`,
        number,
        ...rest,
        subtotalPaise: 49900,
        totalPaise: 49900,
        status: "SHIPPED",
        packedAt: new Date(Date.UTC(2026, 11, 6, 4, 0, n)),
        shipments: {
          create: {
            id: `s${n}`,
            courierAccountId: account.id,
            idempotencyKey: `o${n}:FORWARD:1`,
            awb,
            status: "BOOKED",
            labelPdf: new Uint8Array(await label(n, awb)),
          },
        },
      },
      select: { id: true },
    });
  }
  const batches: Record<string, string> = {};
  for (const layout of ["THERMAL_4X6", "A4_FOUR_UP"] as const) {
    const batch = await db.labelBatch.create({
      data: { createdById: user.id, layout, sequence: "SCAN", total: LABELS },
      select: { id: true },
    });
    await db.labelBatchItem.createMany({
      data: Array.from({ length: LABELS }, (_, i) => ({
        batchId: batch.id,
        position: i,
        orderNumber: order(i + 1).number,
        shipmentId: `s${i + 1}`,
      })),
    });
    batches[layout] = batch.id;
  }
  const bytes = await db.$queryRaw<
    { sum: bigint }[]
  >`SELECT sum(length("labelPdf")) FROM "Shipment"`;
  await db.$disconnect();
  return { batches, sourceBytes: Number(bytes[0]!.sum) };
}

/** One measured run, in this (child) process: prints its figures as one JSON line. */
async function measure(work: Work, batchId: string) {
  const { db } = await import("../lib/db");
  const { makeLabelBatch } = await import("../lib/dispatch/labels/make-label-batch");
  const { fetchBatchLabels } = await import("../lib/dispatch/labels/fetch-batch-labels");
  // the batch as the start button leaves it, whatever an earlier run made of it
  await db.labelBatch.update({
    where: { id: batchId },
    data: { state: "QUEUED", pdf: null, pageCount: null, finishedAt: null },
    select: { id: true },
  });
  const started = performance.now();
  let bytes = 0;
  let pages = 0;
  if (work === "job") {
    await makeLabelBatch({ batchId, lastRun: true });
    const done = await db.labelBatch.findUniqueOrThrow({
      where: { id: batchId },
      select: { state: true, pageCount: true, pdf: true },
    });
    if (done.state !== "DONE") throw new Error(`batch ended ${done.state}`);
    bytes = done.pdf!.byteLength;
    pages = done.pageCount!;
  } else {
    const { createdBy } = await db.labelBatch.findUniqueOrThrow({
      where: { id: batchId },
      select: { createdBy: { select: { id: true, role: true } } },
    });
    await fetchBatchLabels({ batchId, viewer: createdBy, lastRun: true });
    for (let after = -1; ;) {
      const items = await db.labelBatchItem.findMany({
        where: { batchId, ready: true, position: { gt: after } },
        orderBy: { position: "asc" },
        take: 20,
        select: { position: true, shipment: { select: { labelPdf: true } } },
      });
      for (const item of items) bytes += item.shipment!.labelPdf!.byteLength;
      pages += items.length;
      if (items.length < 20) break;
      after = items.at(-1)!.position;
    }
  }
  const ms = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, maxRssMb, bytes, pages } satisfies Figures));
  await db.$disconnect();
}

function child(work: Work, batchId: string, env: NodeJS.ProcessEnv): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ["--import", "tsx", __filename, "--measure", work, batchId],
      { env, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as Figures)
        : reject(new Error(`${work} exited ${code}`)),
    );
  });
}

interface Row {
  name: string;
  runs: Figures[];
}

const range = (values: number[], digits: number) => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
};

function print(rows: Row[]) {
  console.log(
    `\n${"run".padEnd(52)} ${"wall (s)".padStart(10)} ${"peak RSS (MB)".padStart(14)} ${"pages".padStart(6)} ${"output".padStart(8)}`,
  );
  for (const { name, runs } of rows) {
    const wall = range(
      runs.map((r) => r.ms / 1000),
      2,
    );
    const rss = range(
      runs.map((r) => r.maxRssMb),
      0,
    );
    const output = `${(runs[0]!.bytes / 2 ** 20).toFixed(1)} MB`;
    console.log(
      `${name.padEnd(52)} ${wall.padStart(10)} ${rss.padStart(14)} ${String(runs[0]!.pages).padStart(6)} ${output.padStart(8)}`,
    );
  }
}

async function main() {
  if (process.argv[2] === "--measure") return measure(process.argv[3] as Work, process.argv[4]!);
  const database = await startBenchDatabase("labels");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret!!",
    PACKLINE_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
    LOG_LEVEL: "error",
  });
  try {
    await deployMigrations(database.url);
    const { batches, sourceBytes } = await seed();
    console.log(
      `${LABELS} labels cached on their shipments, ${(sourceBytes / 2 ** 20).toFixed(1)} MB of PDF; ${REPEAT} runs of each, ranges shown`,
    );
    const glibcDefault = { ...process.env };
    delete glibcDefault.MALLOC_ARENA_MAX;
    const settings = [
      { label: "worker", env: { ...glibcDefault, ...WORKER_ENV } },
      { label: "glibc default arenas", env: glibcDefault },
    ];
    const rows: Row[] = [];
    const summary: string[] = [];
    for (const { label, env } of settings) {
      const runs = { baseline: [] as Figures[], job: {} as Record<Layout, Figures[]> };
      for (const layout of LAYOUTS) runs.job[layout] = [];
      // interleaved, so a busy moment on the machine falls on every kind of run alike
      for (let i = 0; i < REPEAT; i++) {
        runs.baseline.push(await child("baseline", batches.THERMAL_4X6!, env));
        for (const layout of LAYOUTS)
          runs.job[layout].push(await child("job", batches[layout]!, env));
      }
      rows.push({ name: `baseline, no PDF work (${label})`, runs: runs.baseline });
      for (const layout of LAYOUTS)
        rows.push({ name: `label batch job, ${layout} (${label})`, runs: runs.job[layout] });
      const base = Math.max(...runs.baseline.map((r) => r.maxRssMb));
      const jobs = LAYOUTS.flatMap((layout) => runs.job[layout]);
      const peak = Math.max(...jobs.map((r) => r.maxRssMb));
      const wall = Math.max(...jobs.map((r) => r.ms)) / 1000;
      summary.push(
        `${label}: worst job ${wall.toFixed(2)} s (target 10 s ${wall < 10 ? "met" : "MISSED"}), peak RSS ${peak.toFixed(0)} MB (target 300 MB ${peak < 300 ? "met" : "MISSED"}), highest baseline ${base.toFixed(0)} MB, delta ${(peak - base).toFixed(0)} MB`,
      );
    }
    print(rows);
    console.log(`\n${summary.join("\n")}`);
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")} on ${cpus().length} cores`,
    );
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

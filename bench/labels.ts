// A merged label PDF of 500 labels, as the label batch job makes it (lib/dispatch/labels): the
// labels already cached on their shipments (a mix of three couriers' sandbox labels and Packline's
// dry-run label, each with its own barcode), read from PostgreSQL, laid out 4×6 and A4 four-up as
// form XObjects, and the PDF stored on the batch. Wall time and peak memory (RSS high-water,
// process.resourceUsage().maxRSS) of each run in a process of its own, so no run inherits another's
// high-water. Baselines in the same run: reading the 500 labels and concatenating their bytes
// (the floor: no PDF work at all), copying their pages into one PDF without layout (pdf-lib's
// copyPages), and pdf-lib's own embedPdf, which keeps every source until save; and the merge
// alone (mergeLabels over the same reader), to tell the merge's cost from the job's.
// Run: npx tsx bench/labels.ts   (LABELS=500 to change)
import { spawn } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { deployMigrations } from "../prisma/migrate";
import { startBenchDatabase } from "./bench-database";

const LABELS = Number(process.env.LABELS ?? 500);
const RUNS = [
  "concat",
  "copy-pages",
  "embed-pdf",
  "merge-only",
  "THERMAL_4X6",
  "A4_FOUR_UP",
] as const;
type Run = (typeof RUNS)[number];
interface Figures {
  run: Run;
  ms: number;
  maxRssMb: number;
  startRssMb: number;
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
async function measure(run: Run, batchId: string) {
  const { db } = await import("../lib/db");
  const { makeLabelBatch } = await import("../lib/dispatch/labels/make-label-batch");
  const { PDFDocument } = await import("pdf-lib");
  const { mergeLabels } = await import("../lib/dispatch/labels/merge-labels");
  await db.$queryRaw`SELECT 1`;
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const labels = async function* () {
    for (let after = 0; after < LABELS; after += 20) {
      const rows = await db.shipment.findMany({
        where: { id: { in: Array.from({ length: 20 }, (_, i) => `s${after + i + 1}`) } },
        select: { id: true, labelPdf: true },
      });
      for (const row of rows) yield row.labelPdf!;
    }
  };
  const started = performance.now();
  let bytes = 0;
  let pages = 0;
  if (run === "THERMAL_4X6" || run === "A4_FOUR_UP") {
    await makeLabelBatch({ batchId, lastRun: true });
    const done = await db.labelBatch.findUniqueOrThrow({
      where: { id: batchId },
      select: { state: true, pageCount: true, pdf: true },
    });
    if (done.state !== "DONE") throw new Error(`batch ended ${done.state}`);
    bytes = done.pdf!.byteLength;
    pages = done.pageCount!;
  } else if (run === "merge-only") {
    const sources = async function* () {
      for await (const pdf of labels()) yield { key: "", pdf };
    };
    const merged = await mergeLabels("THERMAL_4X6", sources());
    bytes = merged.pdf!.byteLength;
    pages = merged.sheets;
  } else if (run === "concat") {
    const parts: Uint8Array[] = [];
    for await (const pdf of labels()) parts.push(pdf);
    bytes = Buffer.concat(parts).byteLength;
    pages = parts.length;
  } else {
    const out = await PDFDocument.create();
    for await (const pdf of labels()) {
      if (run === "copy-pages") {
        const source = await PDFDocument.load(pdf);
        for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
      } else {
        const [form] = await out.embedPdf(pdf);
        out.addPage([288, 432]).drawPage(form!, { x: 0, y: 0, width: 288, height: 432 });
      }
    }
    bytes = (await out.save()).byteLength;
    pages = out.getPageCount();
  }
  const ms = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ run, ms, maxRssMb, startRssMb, bytes, pages } satisfies Figures));
  await db.$disconnect();
}

function child(run: Run, batchId: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ["--import", "tsx", __filename, "--measure", run, batchId],
      {
        env: process.env,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as Figures)
        : reject(new Error(`${run} exited ${code}`)),
    );
  });
}

async function main() {
  if (process.argv[2] === "--measure") return measure(process.argv[3] as Run, process.argv[4]!);
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
      `${LABELS} labels cached on their shipments, ${(sourceBytes / 2 ** 20).toFixed(1)} MB of PDF`,
    );
    const results: Figures[] = [];
    for (const run of RUNS) results.push(await child(run, batches[run] ?? ""));
    console.log(
      `\n${"run".padEnd(34)} ${"wall".padStart(8)} ${"peak RSS".padStart(10)} ${"(start)".padStart(9)} ${"pages".padStart(6)} ${"output".padStart(9)}`,
    );
    const names: Record<Run, string> = {
      concat: "baseline: read + concat bytes",
      "copy-pages": "baseline: pdf-lib copyPages",
      "embed-pdf": "baseline: pdf-lib embedPdf (lazy)",
      "merge-only": "mergeLabels 4×6 (no job, no store)",
      THERMAL_4X6: "label batch job, 4×6",
      A4_FOUR_UP: "label batch job, A4 four-up",
    };
    for (const r of results)
      console.log(
        `${names[r.run].padEnd(34)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${r.maxRssMb.toFixed(0)} MB`.padStart(10)} ${`${r.startRssMb.toFixed(0)} MB`.padStart(9)} ${String(r.pages).padStart(6)} ${`${(r.bytes / 2 ** 20).toFixed(1)} MB`.padStart(9)}`,
      );
    const job = results.filter((r) => r.run === "THERMAL_4X6" || r.run === "A4_FOUR_UP");
    const worst = {
      s: Math.max(...job.map((r) => r.ms)) / 1000,
      mb: Math.max(...job.map((r) => r.maxRssMb)),
    };
    console.log(
      `\ntargets: under 10 s → ${worst.s.toFixed(2)} s ${worst.s < 10 ? "met" : "MISSED"}; under 300 MB → ${worst.mb.toFixed(0)} MB ${worst.mb < 300 ? "met" : "MISSED"}`,
    );
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

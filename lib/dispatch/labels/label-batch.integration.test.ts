import type PgBoss from "pg-boss";
import type { NextRequest } from "next/server";
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
} from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPdf } from "@/app/api/label-batches/[id]/pdf/route";
import { GET as getBatch } from "@/app/api/label-batches/[id]/route";
import { POST as postBatch } from "@/app/api/label-batches/route";
import { GET as getLabel } from "@/app/api/shipments/[id]/label/route";
import { db } from "@/lib/db";
import type { LabelLayout, OrderStatus, Role, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { createBoss } from "@/lib/jobs/boss";
import { JobRunner } from "@/lib/jobs/job-runner";
import { PRINT_LABELS_JOB } from "@/lib/jobs/queue-names";
import { queueSettings } from "@/lib/jobs/queue-settings";
import type { JobDefinition } from "@/lib/jobs/registry";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import {
  createOrderWithBooking,
  createSandboxCourierAccount,
} from "@/lib/testing/courier-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { startSandbox } from "@/lib/testing/start-sandbox";
import type { LabelBatchView } from "./label-batch-view";
import { printLabelsJob } from "./print-labels-job";

// Batch labels end to end: the routes (cookie, zod, policy) → the batch and its job in pg-boss →
// the worker's JobRunner → labels fetched from the three sandbox couriers by their real adapters
// (and a dry-run label drawn by Packline) → one merged PDF, read back and taken apart.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let boss: PgBoss;
let runner: JobRunner;
const cookies = new Map<Role, string>();
// the couriers' label APIs (a Shiprocket or Delhivery answer is a link, downloaded after)
const labelRequests = () =>
  sandbox.requests.filter((r) => /(\/label|packing_slip)$/.test(r)).length;

beforeAll(async () => {
  sandbox = await startSandbox();
  for (const role of ["OPS", "PACKER"] as const) {
    const user = await createUser(role);
    cookies.set(role, await sessionCookie({ id: user.id, role }));
  }
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
  await boss.createQueue(PRINT_LABELS_JOB, queueSettings(PRINT_LABELS_JOB));
  runner = new JobRunner(boss, "label-batch-test");
  runner.serve(printLabelsJob as JobDefinition, 1);
});
afterAll(async () => {
  await runner.stop(0);
  await boss.stop({ graceful: false, wait: true });
  await sandbox.stop();
});

type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

function call(handler: Handler, path: string, options: { body?: unknown; role?: Role } = {}) {
  const id = path.split("/")[3] ?? "";
  const req = pageRequest(path, {
    method: handler === postBatch ? "POST" : "GET",
    cookie: cookies.get(options.role ?? "OPS")!,
    body: options.body,
  });
  return handler(req, { params: Promise.resolve({ id }) });
}

async function print(body: object, role: Role = "OPS"): Promise<LabelBatchView> {
  const res = await call(postBatch, "/api/label-batches", { body, role });
  expect(res.status).toBe(200);
  const started = (await res.json()) as LabelBatchView;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = (await (
      await call(getBatch, `/api/label-batches/${started.id}`, { role })
    ).json()) as LabelBatchView;
    if (view.state !== "QUEUED") return view;
    if (Date.now() > deadline)
      throw new Error(`batch still queued at ${view.fetched}/${view.total}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function download(batch: LabelBatchView): Promise<PDFDocument> {
  const res = await call(getPdf, batch.downloadUrl!);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  return PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
}

/** Image XObjects anywhere in a PDF: a re-rasterised label would add one per label. */
function images(pdf: PDFDocument): number {
  return pdf.context
    .enumerateIndirectObjects()
    .filter(
      ([, o]) =>
        o instanceof PDFRawStream && o.dict.get(PDFName.of("Subtype")) === PDFName.of("Image"),
    ).length;
}

/** Each page's drawing operators, decoded: a source's content streams, or a form's own. */
function drawn(pdf: PDFDocument, streams: (page: ReturnType<PDFDocument["getPage"]>) => unknown[]) {
  return pdf.getPages().flatMap((page) =>
    streams(page).map((ref) => {
      const stream = pdf.context.lookup(ref as PDFRef) as PDFRawStream;
      return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1").trim();
    }),
  );
}
const sourceContents = (pdf: PDFDocument) =>
  drawn(pdf, (page) => {
    const contents = page.node.get(PDFName.of("Contents"));
    return contents instanceof PDFArray ? contents.asArray() : [contents];
  });
const formContents = (pdf: PDFDocument) =>
  drawn(
    pdf,
    (page) => page.node.Resources()?.lookupMaybe(PDFName.of("XObject"), PDFDict)?.values() ?? [],
  );

/** The subtypes of what each page draws: a merged label page draws only form XObjects. */
function pageXObjectSubtypes(pdf: PDFDocument): string[] {
  return pdf.getPages().flatMap((page) => {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of("XObject"), PDFDict);
    return (xobjects?.values() ?? []).map((ref) => {
      const stream = pdf.context.lookup(ref as PDFRef);
      return stream instanceof PDFRawStream ? String(stream.dict.get(PDFName.of("Subtype"))) : "?";
    });
  });
}

/** An order holding a shipment under an AWB no courier issued (a dry run, a cancelled one). */
async function orderWithShipment(
  status: OrderStatus,
  courierAccountId: string,
  awb: string,
  shipmentStatus: ShipmentStatus,
) {
  const order = await createFixtureOrder({ status });
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb,
      status: shipmentStatus,
    },
  });
  return order;
}

describe("batch labels", () => {
  it("merges mixed couriers' labels in both layouts, as vectors, and lists what it cannot print", async () => {
    const accounts = await Promise.all(
      (["SHIPROCKET", "EKART", "DELHIVERY"] as const).map((courier) =>
        createSandboxCourierAccount(sandbox.url, courier, { name: `${courier} labels` }),
      ),
    );
    const booked = [];
    for (const account of [...accounts, ...accounts])
      booked.push(
        (await createOrderWithBooking({ courierAccountId: account.id, status: "SHIPPED" })).order,
      );
    const dryRun = await orderWithShipment("SHIPPED", accounts[0]!.id, "DRYRUN123456", "BOOKED");
    const unknownAwb = await orderWithShipment(
      "SHIPPED",
      accounts[1]!.id,
      "EKUNKNOWN999",
      "BOOKED",
    );
    const notBooked = await createFixtureOrder({ status: "PACKED" });
    const cancelled = await orderWithShipment(
      "PACKED",
      accounts[1]!.id,
      "EKCANCELLED1",
      "CANCELLED",
    );
    const selection = [booked[0]!, notBooked, ...booked.slice(1), cancelled, dryRun, unknownAwb];
    const labelsBefore = labelRequests();

    const thermal = await print({ orderIds: selection.map((o) => o.id), layout: "THERMAL_4X6" });

    expect(thermal).toMatchObject({
      state: "DONE",
      total: 10,
      fetched: 10,
      printed: 7,
      pageCount: 7,
    });
    expect(thermal.skipped).toEqual([
      {
        position: 1,
        orderNumber: notBooked.number,
        reason: `Order ${notBooked.number} has not been booked with a courier: there is no label to print.`,
      },
      {
        position: 7,
        orderNumber: cancelled.number,
        reason: "Shipment EKCANCELLED1 is cancelled: do not print its label.",
      },
      {
        position: 9,
        orderNumber: unknownAwb.number,
        reason: expect.stringContaining("Could not get the label for AWB EKUNKNOWN999 from EKART"),
      },
    ]);
    // the courier refused that AWB: reported by the job's first run, not retried
    const [job] = await db.$queryRaw<{ retry_count: number }[]>`
      SELECT j.retry_count FROM pgboss.job j JOIN "LabelBatch" b ON b."jobId" = j.id::text
      WHERE b.id = ${thermal.id}`;
    expect(job).toEqual({ retry_count: 0 });
    // one label call per shipment with an AWB at its own courier; the dry-run label was drawn here
    expect(labelRequests() - labelsBefore).toBe(7);
    const cached = await db.shipment.findMany({
      where: { orderId: { in: [...booked, dryRun].map((o) => o.id) } },
      select: { labelPdf: true },
    });
    expect(cached.every((s) => s.labelPdf)).toBe(true);
    const sources = await Promise.all(cached.map((s) => PDFDocument.load(s.labelPdf!)));
    const sourceImages = sources.reduce((sum, pdf) => sum + images(pdf), 0);
    // every form draws exactly what its courier's page draws, operator for operator
    const sourceDrawing = sources.flatMap(sourceContents).sort();

    const thermalPdf = await download(thermal);
    expect(thermalPdf.getPageCount()).toBe(7);
    expect(thermalPdf.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual(
      Array(7).fill([288, 432]),
    );
    expect(pageXObjectSubtypes(thermalPdf)).toEqual(Array(7).fill("/Form"));
    expect(images(thermalPdf)).toBe(sourceImages);
    expect(formContents(thermalPdf).sort()).toEqual(sourceDrawing);

    // The same selection on A4: the labels are cached now, so only the refused AWB is asked again.
    const a4 = await print({
      orderIds: selection.map((o) => o.id),
      layout: "A4_FOUR_UP" satisfies LabelLayout,
    });
    expect(a4).toMatchObject({ state: "DONE", printed: 7, pageCount: 2 });
    expect(labelRequests() - labelsBefore).toBe(8);
    const a4Pdf = await download(a4);
    expect(a4Pdf.getPageCount()).toBe(2);
    expect(Math.round(a4Pdf.getPage(0).getWidth())).toBe(595);
    expect(pageXObjectSubtypes(a4Pdf)).toEqual(Array(7).fill("/Form"));
    expect(images(a4Pdf)).toBe(sourceImages);
    expect(formContents(a4Pdf).sort()).toEqual(sourceDrawing);
  });

  it("prints in packing order when asked, and by shipment id from the dock", async () => {
    const [account] = [
      await createSandboxCourierAccount(sandbox.url, "SHIPROCKET", { name: "SR order" }),
    ];
    const orders = [];
    for (let i = 0; i < 3; i++)
      orders.push(
        await createOrderWithBooking({ courierAccountId: account.id, status: "SHIPPED" }),
      );
    // packed last-selected first
    for (const [i, { order }] of orders.entries())
      await db.order.update({
        where: { id: order.id },
        data: { packedAt: new Date(Date.UTC(2026, 11, 6, 9, 30 - i)) },
      });
    const shipments = await db.shipment.findMany({
      where: { orderId: { in: orders.map((o) => o.order.id) } },
      select: { id: true, orderId: true },
    });
    const ids = orders.map(({ order }) => shipments.find((s) => s.orderId === order.id)!.id);

    const batch = await print({ shipmentIds: ids, layout: "THERMAL_4X6", sequence: "PACK" });

    expect(batch).toMatchObject({ state: "DONE", printed: 3, pageCount: 3, skipped: [] });
    const items = await db.labelBatchItem.findMany({
      where: { batchId: batch.id },
      orderBy: { position: "asc" },
      select: { orderNumber: true },
    });
    expect(items.map((i) => i.orderNumber)).toEqual(orders.map((o) => o.order.number).reverse());
  });

  it("lets a packer print only parcels on the floor and see only their own batches", async () => {
    const [account] = [
      await createSandboxCourierAccount(sandbox.url, "DELHIVERY", { name: "DL packer" }),
    ];
    const delivered = await createOrderWithBooking({
      courierAccountId: account.id,
      status: "DELIVERED",
    });
    const before = await db.labelBatch.count();

    const refused = await call(postBatch, "/api/label-batches", {
      role: "PACKER",
      body: { orderIds: [delivered.order.id], layout: "A4_FOUR_UP" },
    });

    expect(refused.status).toBe(404);
    expect(await db.labelBatch.count()).toBe(before);
    const ops = await print({ orderIds: [delivered.order.id], layout: "A4_FOUR_UP" });
    expect((await call(getBatch, `/api/label-batches/${ops.id}`, { role: "PACKER" })).status).toBe(
      404,
    );
    expect(
      (await call(getPdf, `/api/label-batches/${ops.id}/pdf`, { role: "PACKER" })).status,
    ).toBe(404);
  });

  it("reprints one label as issued, or laid out on a 4×6 page or an A4 sheet", async () => {
    const [account] = [
      await createSandboxCourierAccount(sandbox.url, "EKART", { name: "EK reprint" }),
    ];
    const { order } = await createOrderWithBooking({
      courierAccountId: account.id,
      status: "SHIPPED",
    });
    const shipment = await db.shipment.findFirstOrThrow({
      where: { orderId: order.id },
      select: { id: true },
    });
    const base = `/api/shipments/${shipment.id}/label`;

    const sizes = [];
    for (const query of ["", "?layout=THERMAL_4X6", "?layout=A4_FOUR_UP"]) {
      const res = await call(getLabel, base + query);
      expect(res.status).toBe(200);
      const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
      sizes.push(pdf.getPages().map((p) => Math.round(p.getWidth())));
    }
    expect(sizes).toEqual([[288], [288], [595]]);
    expect((await call(getLabel, `${base}?layout=LETTER`)).status).toBe(422);
  });
});

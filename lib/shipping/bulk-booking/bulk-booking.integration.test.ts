import type PgBoss from "pg-boss";
import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getRun } from "@/app/api/bulk-bookings/[id]/route";
import { POST as postRetry } from "@/app/api/bulk-bookings/[id]/retry-failed/route";
import { POST as postStart } from "@/app/api/bulk-bookings/route";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createBoss } from "@/lib/jobs/boss";
import { JobRunner } from "@/lib/jobs/job-runner";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { queueConcurrency, queueSettings } from "@/lib/jobs/queue-settings";
import type { JobDefinition } from "@/lib/jobs/registry";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { createUser, enableFulfilment } from "@/lib/testing/packing-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { MAX_BULK_BOOKING } from "@/lib/validation/bulk-booking";
import { bookShipmentJob } from "../book-shipment-job";
import { bookBulkItem } from "./book-bulk-item";
import type { BulkBookingView } from "./bulk-booking-view";

// A bulk booking end to end: the routes (session cookie, zod, policy) → the run and its jobs in
// pg-boss → the worker's real JobRunner with the booking queue's own settings → bookShipment →
// the real Shiprocket adapter → the sandbox over loopback. Outcomes are read back from the run
// and counted at the sandbox.
const API = "/shiprocket/v1/external";
const CREATE = `POST ${API}/orders/create/adhoc`;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let boss: PgBoss;
let runner: JobRunner;
const cookies = new Map<Role, string>();
const creates = () => sandbox.requests.filter((r) => r === CREATE).length;

beforeAll(async () => {
  sandbox = await startSandbox();
  await enableFulfilment();
  await setUpShiprocketBooking(sandbox.url);
  for (const role of ["OPS", "PACKER"] as const) {
    const user = await createUser(role);
    cookies.set(role, await sessionCookie({ id: user.id, role }));
  }
  boss = createBoss({ schedule: false, supervise: false });
  await boss.start();
  await boss.createQueue(BOOK_SHIPMENT_JOB, queueSettings(BOOK_SHIPMENT_JOB));
  runner = new JobRunner(boss, "bulk-booking-test");
  runner.serve(bookShipmentJob as JobDefinition, queueConcurrency(BOOK_SHIPMENT_JOB));
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
    method: handler === getRun ? "GET" : "POST",
    cookie: cookies.get(options.role ?? "OPS")!,
    body: options.body,
  });
  return handler(req, { params: Promise.resolve({ id }) });
}

async function start(orderIds: string[]): Promise<BulkBookingView> {
  const res = await call(postStart, "/api/bulk-bookings", { body: { orderIds } });
  expect(res.status).toBe(200);
  return (await res.json()) as BulkBookingView;
}

/** Polls the run's status route, as the page does, until no item is QUEUED. */
async function finished(runId: string, timeoutMs = 60_000): Promise<BulkBookingView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = (await (
      await call(getRun, `/api/bulk-bookings/${runId}`)
    ).json()) as BulkBookingView;
    if (view.finished) return view;
    if (Date.now() > deadline) throw new Error(`run still has ${view.counts.queued} queued`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("bulk booking as a background run", () => {
  it("books every packed order through the worker, with failures, skips and retry failed", async () => {
    const packed = await Promise.all(Array.from({ length: 12 }, () => createPackedOrder()));
    const processing = await createPackedOrder({ status: "PROCESSING" });
    // The courier refuses the first three creates it receives, whichever orders they are.
    await control(sandbox.url, "/_control/faults", {
      prefix: `${API}/orders/create/adhoc`,
      status: 422,
      times: 3,
      body: {
        message: "Oops! Invalid Data.",
        errors: { shipping_pincode: ["Delivery pincode is not serviceable"] },
      },
    });
    const createsBefore = creates();

    const started = await start([...packed.map((o) => o.id), processing.id]);
    expect(started).toMatchObject({
      total: 13,
      counts: { queued: 12, booked: 0, failed: 0, skipped: 1 },
      finished: false,
    });
    const run = await finished(started.id);

    expect(run.counts).toEqual({ queued: 0, booked: 9, failed: 3, skipped: 1 });
    expect(creates() - createsBefore).toBe(12);
    const skipped = run.items.find((i) => i.state === "SKIPPED")!;
    expect(skipped).toMatchObject({ orderId: processing.id, awb: null });
    expect(skipped.reason).toBe(
      `Order ${processing.number} is processing, not packed: nothing to book.`,
    );
    for (const failed of run.items.filter((i) => i.state === "FAILED"))
      expect(failed.reason).toContain("Delivery pincode is not serviceable");
    await expectBookedAsRecorded(run);

    const retried = (await (
      await call(postRetry, `/api/bulk-bookings/${run.id}/retry-failed`)
    ).json()) as BulkBookingView;
    expect(retried.counts).toEqual({ queued: 3, booked: 9, failed: 0, skipped: 1 });
    const after = await finished(run.id);

    expect(after.counts).toEqual({ queued: 0, booked: 12, failed: 0, skipped: 1 });
    expect(creates() - createsBefore).toBe(15);
    await expectBookedAsRecorded(after);
    expect(await db.shipment.count({ where: { orderId: { in: packed.map((o) => o.id) } } })).toBe(
      12,
    );

    // Nothing failed any more: a second "retry failed" queues nothing.
    const again = await call(postRetry, `/api/bulk-bookings/${run.id}/retry-failed`);
    expect(((await again.json()) as BulkBookingView).counts.queued).toBe(0);
    expect(await db.bulkBookingItem.count({ where: { runId: run.id, attempt: { gt: 2 } } })).toBe(
      0,
    );
  });

  it("a job queued for an earlier attempt of an item books nothing and writes nothing", async () => {
    const order = await createPackedOrder();
    const run = await db.bulkBookingRun.create({
      data: {
        createdById: (await db.user.findFirstOrThrow({ select: { id: true } })).id,
        total: 1,
        items: { create: { orderId: order.id, attempt: 2 } },
      },
      select: { items: { select: { id: true } } },
    });
    const item = { id: run.items[0]!.id, orderId: order.id, attempt: 1 };
    const before = creates();

    await bookBulkItem({ item, jobId: "00000000-0000-0000-0000-000000000000", lastRun: true });

    expect(creates()).toBe(before);
    expect(await db.bulkBookingItem.findUnique({ where: { id: item.id } })).toMatchObject({
      state: "QUEUED",
      attempt: 2,
      reason: null,
    });
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses a selection over the limit, unknown orders, and packers", async () => {
    const tooMany = Array.from({ length: MAX_BULK_BOOKING + 1 }, (_, i) => `order-${i}`);
    const res = await call(postStart, "/api/bulk-bookings", { body: { orderIds: tooMany } });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain(
      `A bulk booking takes at most ${MAX_BULK_BOOKING} orders: book the rest in a second run.`,
    );

    const order = await createPackedOrder();
    const unknown = await call(postStart, "/api/bulk-bookings", {
      body: { orderIds: [order.id, "no-such-order"] },
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toBe(
      "1 of the 2 selected orders was not found. Reload the list and select again.",
    );

    const packer = await call(postStart, "/api/bulk-bookings", {
      body: { orderIds: [order.id] },
      role: "PACKER",
    });
    expect(packer.status).toBe(403);
    expect(await db.bulkBookingItem.count({ where: { orderId: order.id } })).toBe(0);
  });
});

/** Every BOOKED item carries the AWB and courier of its order's one shipment, and the order shipped. */
async function expectBookedAsRecorded(run: BulkBookingView) {
  const booked = run.items.filter((i) => i.state === "BOOKED");
  const shipments = await db.shipment.findMany({
    where: { orderId: { in: booked.map((i) => i.orderId) } },
    select: { orderId: true, awb: true, status: true, order: { select: { status: true } } },
  });
  expect(shipments).toHaveLength(booked.length);
  for (const item of booked) {
    const shipment = shipments.find((s) => s.orderId === item.orderId)!;
    expect(item.awb).toEqual(expect.any(String));
    expect(item).toMatchObject({ courier: "SHIPROCKET", awb: shipment.awb });
    expect(shipment).toMatchObject({ status: "BOOKED", order: { status: "SHIPPED" } });
  }
}

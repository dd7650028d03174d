import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import {
  createPackedOrder,
  createSandboxCourierAccount,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { expireBookingClaims, until } from "@/lib/testing/booking-stage";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { claimShipment } from "./claim-shipment";

// Two runs of one booking on one courier: run A lost its claim while Shiprocket was booking, run
// B took over and looks the booking up under the same reference. Whatever order they record in,
// the AWB both hold must stay live at the courier. The sandbox Shiprocket counts what it got;
// the order's row lock is held by the test to line the two recordings up.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let shiprocketId = "";
let delhiveryId = "";
const SR = "/shiprocket/v1/external";
const CREATE = `POST ${SR}/orders/create/adhoc`;
const LOOKUP = `GET ${SR}/orders`;
const CANCEL = `POST ${SR}/orders/cancel`;
const DL_CREATE = "POST /delhivery/api/cmu/create.json";
const count = (request: string) => seen.filter((s) => s === request).length;
const actor = { label: "test" };

/** Sessions of this test's database waiting for a row lock. */
async function lockWaiters(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return row?.n ?? 0;
}

/** Holds the order's row lock (which every booking's record step takes) until released. */
async function holdOrderLock(orderId: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked = () => {};
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holding = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
      locked();
      await released;
    },
    { timeout: 60_000 },
  );
  await isLocked;
  return async () => (release(), await holding);
}

/**
 * Run A reaches Shiprocket, which writes A's booking a second later (`rule` may change that);
 * meanwhile A's claim runs past its lease, so another run may take the booking over.
 */
async function runLosingItsClaim(orderId: string, jobId: string, rule: object = {}) {
  const before = count(CREATE);
  await control(sandbox.url, "/_control/faults", {
    prefix: `${SR}/orders/create/adhoc`,
    latencyMs: 1_000,
    times: 1,
    ...rule,
  });
  const run = bookShipment({ orderId, actor, jobId });
  await until("run A reached Shiprocket", () => count(CREATE) > before);
  await expireBookingClaims(orderId);
  return { run }; // not awaited: the test acts while it is at the courier
}

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
  shiprocketId = (await db.courierAccount.findFirstOrThrow({ select: { id: true } })).id;
  const delhivery = await createSandboxCourierAccount(sandbox.url, "DELHIVERY", {
    name: "Delhivery test",
    pickupPincode: "560001",
  });
  delhiveryId = delhivery.id;
  await setFulfilmentFlag(true);
});
afterAll(() => sandbox.stop());

describe("a booking taken over on the same courier", () => {
  it("keeps the AWB both runs hold when the run that lost its claim records first", async () => {
    const order = await createPackedOrder();
    const before = { created: count(CREATE), looked: count(LOOKUP), cancelled: count(CANCEL) };
    const { run: runA } = await runLosingItsClaim(order.id, "run-a");
    // Run B takes over and looks the reference up; Shiprocket answers once A's booking exists.
    await control(sandbox.url, "/_control/faults", {
      prefix: `${SR}/orders`,
      latencyMs: 1_500,
      times: 1,
    });
    const runB = bookShipment({ orderId: order.id, actor, jobId: "run-b" });
    await until("run B looked the booking up", () => count(LOOKUP) > before.looked);
    // Both runs reach their record step behind the order lock, run A first.
    const unlock = await holdOrderLock(order.id);
    await until("both runs wait to record", async () => (await lockWaiters()) === 2);
    await unlock();
    const [a, b] = await Promise.all([runA, runB]);

    expect(b).toMatchObject({ outcome: "BOOKED" });
    expect(count(CREATE) - before.created).toBe(1);
    expect(count(CANCEL) - before.cancelled).toBe(0);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(b.awb!)).current?.status).not.toBe("CANCELLED");
    expect(a).toMatchObject({ outcome: "IN_FLIGHT", awb: null });
    expect(a.reason).toContain(
      `AWB ${b.awb} came after another booking run took this booking over`,
    );
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipments: { select: { status: true, awb: true } } },
    });
    expect(after).toEqual({ status: "SHIPPED", shipments: [{ status: "BOOKED", awb: b.awb }] });
    expect(await db.lateAwb.count({ where: { awb: b.awb! } })).toBe(0);
    expect(await db.incident.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("cancels the AWB it kept once the run that took over has booked another", async () => {
    const order = await createPackedOrder();
    const before = { created: count(CREATE), cancelled: count(CANCEL), dl: count(DL_CREATE) };
    const { run: runA } = await runLosingItsClaim(order.id, "run-e");
    // Ops book with Delhivery meanwhile; Delhivery answers after Shiprocket has answered run A.
    await control(sandbox.url, "/_control/faults", {
      prefix: "/delhivery/api/cmu/create.json",
      latencyMs: 1_500,
      times: 1,
    });
    const runB = bookShipment({ orderId: order.id, actor, courierAccountId: delhiveryId });
    await until("run B reached Delhivery", () => count(DL_CREATE) > before.dl);
    const unlock = await holdOrderLock(order.id);
    await until("both runs wait to record", async () => (await lockWaiters()) === 2);
    await unlock();
    const [a, b] = await Promise.all([runA, runB]);

    expect(b).toMatchObject({ outcome: "BOOKED", courier: "DELHIVERY" });
    expect(a).toMatchObject({ outcome: "IN_FLIGHT" });
    const lateAwb = a.reason!.match(/^AWB (\S+) came after/)![1]!;
    expect(count(CANCEL) - before.cancelled).toBe(1);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(lateAwb)).current?.status).toBe("CANCELLED");
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipments: { select: { status: true, awb: true } } },
    });
    expect(after).toEqual({ status: "SHIPPED", shipments: [{ status: "BOOKED", awb: b.awb }] });
    expect(await db.lateAwb.count({ where: { awb: lateAwb } })).toBe(0);
    const incidents = await db.incident.findMany({
      where: { orderId: order.id },
      select: { severity: true, title: true },
    });
    expect(incidents).toEqual([
      {
        severity: "LOW",
        title: expect.stringMatching(
          new RegExp(`^AWB ${lateAwb} .*holds AWB ${b.awb}.*cancelled at SHIPROCKET automatically`),
        ),
      },
    ]);
  });

  it("stops calling the courier once another run has taken its claim over", async () => {
    const order = await createPackedOrder();
    const before = { created: count(CREATE), looked: count(LOOKUP) };
    // Shiprocket's answer to run A is lost: normally it looks the booking up next.
    const { run: runA } = await runLosingItsClaim(order.id, "run-c", { status: 503 });
    const taker = await claimShipment(order.id, "FORWARD", { jobId: "run-d" });
    expect(taker.kind).toBe("claimed");

    const a = await runA;

    expect(a).toMatchObject({ outcome: "IN_FLIGHT" });
    expect(count(LOOKUP)).toBe(before.looked);
    expect(count(CREATE) - before.created).toBe(1);
    const shipment = await db.shipment.findFirstOrThrow({
      where: { orderId: order.id },
      select: { status: true, attempts: true, bookingJobId: true, failureReason: true },
    });
    expect(shipment).toEqual({
      status: "PENDING",
      attempts: 2,
      bookingJobId: "run-d",
      failureReason: null,
    });
  });
});

import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as shiprocketHook } from "@/app/api/webhooks/shiprocket/route";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import {
  createPackedOrder,
  createSandboxCourierAccount,
  setUpEkartBooking,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { startWebhookForwarder } from "@/lib/testing/webhook-forwarder";
import { bookReturnPickup } from "./book-return-pickup";
import { createReturnRequest } from "./create-return-request";
import { approveReturnRequest } from "./decide-return-request";
import { saveReturnWindowDays } from "./return-window";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";

// Returns end to end against the sandbox couriers with the real adapters: asked, approved (twice
// at once), the reverse pickup booked once with the courier that delivered the order, and its
// tracking pushed through the real webhook route without moving the order off DELIVERED.
const TOKEN = "sr-returns-token";
const DAY = 24 * 60 * 60_000;
let sandbox: RunningSandbox;
let forwarder: Awaited<ReturnType<typeof startWebhookForwarder>>;
const accounts: Partial<Record<CourierCode, string>> = {};
let opsId: string;

// Each courier's published reverse-booking call.
const REVERSE_CREATE: Record<CourierCode, string> = {
  SHIPROCKET: "POST /shiprocket/v1/external/orders/create/return",
  EKART: "PUT /ekart/api/v1/package/create",
  DELHIVERY: "POST /delhivery/api/cmu/create.json",
};

beforeAll(async () => {
  sandbox = await startSandbox();
  forwarder = await startWebhookForwarder(async (_path, body, headers) => {
    const req = new NextRequest("http://localhost/api/webhooks/shiprocket", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    const res = await shiprocketHook(req, { params: Promise.resolve({}) });
    // the worker applies what the route stored
    await drainCourierWebhooks();
    return { status: res.status, body: (await res.json()) as unknown };
  });
  await control(sandbox.url, "/_control/shiprocket/webhook", {
    url: `${forwarder.url}/sr`,
    token: TOKEN,
  });
  await setUpShiprocketBooking(sandbox.url, { webhookSecret: TOKEN, pickupLocationName: null });
  accounts.SHIPROCKET = (await db.courierAccount.findFirstOrThrow({ select: { id: true } })).id;
  accounts.EKART = (await setUpEkartBooking(sandbox.url)).id;
  accounts.DELHIVERY = (
    await createSandboxCourierAccount(sandbox.url, "DELHIVERY", { name: "Delhivery test" })
  ).id;
  opsId = (await createUser("OPS")).id;
  await saveReturnWindowDays(10, opsId);
});
afterAll(async () => {
  await forwarder.stop();
  await sandbox.stop();
});

/** An order delivered `daysAgo` by the courier behind `courier`'s account. */
async function deliveredOrder(courier: CourierCode, daysAgo = 2) {
  const order = await createPackedOrder({ status: "DELIVERED" });
  await db.order.update({
    where: { id: order.id },
    data: { deliveredAt: new Date(Date.now() - daysAgo * DAY) },
  });
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: accounts[courier]!,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: `FWD-${order.number}`,
      status: "DELIVERED",
    },
  });
  const item = await db.orderItem.findFirstOrThrow({
    where: { orderId: order.id },
    select: { id: true },
  });
  return { ...order, itemId: item.id };
}

const askReturn = (order: { id: string; itemId: string }, quantity = 1) =>
  createReturnRequest({
    orderId: order.id,
    source: "CUSTOMER",
    requestedBy: "customer",
    request: { items: [{ orderItemId: order.itemId, quantity }], reason: "DAMAGED" },
  });

const queuedBookings = async (returnRequestId: string) => {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job
    WHERE name = 'return-pickup-book' AND data->>'returnRequestId' = ${returnRequestId}`;
  return row!.n;
};

describe("a customer's return", () => {
  for (const courier of ["SHIPROCKET", "EKART", "DELHIVERY"] as const)
    it(`is approved once under a double click and booked once with ${courier}`, async () => {
      const order = await deliveredOrder(courier);
      const { returnRequestId } = await askReturn(order);
      const approvals = await Promise.allSettled([
        approveReturnRequest(returnRequestId, { id: opsId }),
        approveReturnRequest(returnRequestId, { id: opsId }),
      ]);
      expect(approvals.filter((a) => a.status === "fulfilled")).toHaveLength(1);
      expect(await queuedBookings(returnRequestId)).toBe(1);

      const before = sandbox.requests.filter((r) => r === REVERSE_CREATE[courier]).length;
      const runs = await Promise.all([
        bookReturnPickup(returnRequestId),
        bookReturnPickup(returnRequestId),
      ]);
      expect(runs.map((r) => r.outcome).sort()).toEqual(["BOOKED", "IN_FLIGHT"]);
      const after = sandbox.requests.filter((r) => r === REVERSE_CREATE[courier]).length;
      expect(after - before).toBe(1);

      const reverse = await db.shipment.findUniqueOrThrow({
        where: { returnRequestId },
        select: { direction: true, status: true, awb: true, courierAccountId: true },
      });
      expect(reverse).toMatchObject({
        direction: "REVERSE",
        status: "BOOKED",
        courierAccountId: accounts[courier],
      });
      expect(reverse.awb).toBeTruthy();
      const ret = await db.returnRequest.findUniqueOrThrow({
        where: { id: returnRequestId },
        select: { status: true, decidedById: true, decidedAt: true },
      });
      expect(ret).toMatchObject({ status: "PICKUP_BOOKED", decidedById: opsId });
      expect(
        await db.outboxEvent.count({
          where: { type: "ReturnPickupScheduled", aggregateId: await shipmentId(returnRequestId) },
        }),
      ).toBe(1);
      // A late job run changes nothing.
      expect((await bookReturnPickup(returnRequestId)).outcome).toBe("ALREADY_BOOKED");
    });

  it("follows its reverse parcel's webhooks without moving the order off DELIVERED", async () => {
    const order = await deliveredOrder("SHIPROCKET");
    const { returnRequestId } = await askReturn(order);
    await approveReturnRequest(returnRequestId, { id: opsId });
    const booked = await bookReturnPickup(returnRequestId);
    if (booked.outcome !== "BOOKED") throw new Error(`not booked: ${booked.outcome}`);
    await control(sandbox.url, "/_control/shiprocket/advance", { awb: booked.awb, to: 7 });
    const reverse = await db.shipment.findUniqueOrThrow({
      where: { returnRequestId },
      select: { status: true, returnRequest: { select: { status: true } } },
    });
    expect(reverse).toEqual({ status: "DELIVERED", returnRequest: { status: "ARRIVED" } });
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, ndrOpen: true },
    });
    expect(after).toEqual({ status: "DELIVERED", ndrOpen: false });
    expect(
      await db.orderStatusHistory.count({ where: { orderId: order.id, toStatus: "RETURNED" } }),
    ).toBe(0);
  });
});

describe("a return that cannot be", () => {
  const nothingSaved = async (orderId: string) =>
    expect(await db.returnRequest.count({ where: { orderId } })).toBe(0);

  it("is refused outside the window, with nothing saved", async () => {
    const order = await deliveredOrder("SHIPROCKET", 11);
    await expect(askReturn(order)).rejects.toThrow(/return window for order .* has closed/);
    await nothingSaved(order.id);
  });

  it("is refused for more than was delivered, with nothing saved", async () => {
    const order = await deliveredOrder("SHIPROCKET");
    await expect(askReturn(order, 2)).rejects.toThrow(/more than can be returned/);
    await nothingSaved(order.id);
  });

  it("is refused while another return is open, and for an order not delivered", async () => {
    const order = await deliveredOrder("EKART");
    await askReturn(order);
    await expect(askReturn(order)).rejects.toThrow(/already under way/);
    expect(await db.returnRequest.count({ where: { orderId: order.id } })).toBe(1);
    const shipped = await createPackedOrder({ status: "SHIPPED" });
    const item = await db.orderItem.findFirstOrThrow({ where: { orderId: shipped.id } });
    await expect(askReturn({ id: shipped.id, itemId: item.id })).rejects.toThrow(
      /has not been delivered yet/,
    );
    await nothingSaved(shipped.id);
  });
});

const shipmentId = async (returnRequestId: string) =>
  (await db.shipment.findUniqueOrThrow({ where: { returnRequestId }, select: { id: true } })).id;

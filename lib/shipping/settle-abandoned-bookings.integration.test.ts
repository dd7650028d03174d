import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import {
  createOrderWithBooking,
  createPackedOrder,
  createSandboxCourierAccount,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { stoppedBooker } from "@/lib/testing/booking-stage";
import { startSandbox } from "@/lib/testing/start-sandbox";
import { claimShipment } from "./claim-shipment";
import { settleAbandonedBookings } from "./settle-abandoned-bookings";

// What a booker that died leaves behind on an order cancelled meanwhile, and the sweep that
// settles it. The crashes are staged in the rows; the courier is the sandbox's, counted there.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let shiprocketId = "";
let ekartId = "";
const SR = "/shiprocket/v1/external";
const count = (request: string) => seen.filter((s) => s === request).length;
const ekartCalls = () => seen.filter((s) => s.includes("/ekart/")).length;

const expire = (shipmentId: string) =>
  db.$executeRaw`UPDATE "Shipment" SET "updatedAt" = now() - interval '10 minutes'
    WHERE id = ${shipmentId}`;
const cancelInDatabase = (orderId: string) =>
  db.order.update({ where: { id: orderId }, data: { status: "CANCELLED" } });

/** A booker that claimed, chose `accountId` and died; `bookedAtCourier`: after the courier booked. */
async function deadBooker(accountId: string, bookedAtCourier: boolean) {
  const order = await createPackedOrder();
  return { order, ...(await stoppedBooker(order.id, accountId, bookedAtCourier)) };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
  shiprocketId = (await db.courierAccount.findFirstOrThrow({ select: { id: true } })).id;
  ekartId = (await createSandboxCourierAccount(sandbox.url, "EKART", { name: "Ekart test" })).id;
});
afterAll(() => sandbox.stop());

describe("settling the bookings of cancelled orders that nobody finishes", () => {
  it("finds a dead booker's AWB by reference and cancels it; cancels an AWB recorded but never cancelled", async () => {
    const dead = await deadBooker(shiprocketId, true);
    await cancelInDatabase(dead.order.id);
    await expire(dead.shipmentId);
    const recorded = await createOrderWithBooking({
      courierAccountId: shiprocketId,
      status: "CANCELLED",
    });
    const recordedShipment = await db.shipment.findUniqueOrThrow({ where: { awb: recorded.awb } });
    await expire(recordedShipment.id);
    // Left alone: a packed order's stalled booking (its booker's business), a claim still leased.
    const stalled = await deadBooker(shiprocketId, false);
    await expire(stalled.shipmentId);
    const fresh = await deadBooker(shiprocketId, false);
    await cancelInDatabase(fresh.order.id);

    const before = {
      lookups: count(`GET ${SR}/orders`),
      cancels: count(`POST ${SR}/orders/cancel`),
    };
    expect(await settleAbandonedBookings()).toEqual({ settled: 2 });

    expect(count(`GET ${SR}/orders`) - before.lookups).toBeGreaterThanOrEqual(1);
    expect(count(`POST ${SR}/orders/cancel`) - before.cancels).toBe(2);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(dead.awb!)).current?.status).toBe("CANCELLED");
    expect((await shiprocket.track(recorded.awb)).current?.status).toBe("CANCELLED");
    const rows = await db.shipment.findMany({
      where: {
        id: { in: [dead.shipmentId, recordedShipment.id, stalled.shipmentId, fresh.shipmentId] },
      },
      select: { id: true, status: true, awb: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(dead.shipmentId)).toMatchObject({ status: "CANCELLED", awb: dead.awb });
    expect(byId.get(recordedShipment.id)).toMatchObject({ status: "CANCELLED" });
    expect(byId.get(stalled.shipmentId)).toMatchObject({ status: "PENDING" });
    expect(byId.get(fresh.shipmentId)).toMatchObject({ status: "PENDING" });
    const incidents = await db.incident.findMany({
      where: { orderId: { in: [dead.order.id, recorded.order.id] } },
      select: { severity: true, title: true },
    });
    expect(incidents).toHaveLength(2);
    expect(
      incidents.every(
        (i) => i.severity === "LOW" && /cancelled at SHIPROCKET automatically/.test(i.title),
      ),
    ).toBe(true);

    expect(await settleAbandonedBookings()).toEqual({ settled: 0 });
    expect(count(`POST ${SR}/orders/cancel`) - before.cancels).toBe(2);
  });

  it("hands a dead Ekart booking to ops: Ekart cannot be asked, so the panel must be checked", async () => {
    const order = await createPackedOrder();
    const claim = await claimShipment(order.id, "FORWARD");
    if (claim.kind !== "claimed") throw new Error("not claimed");
    await db.shipment.update({
      where: { id: claim.shipment.id },
      data: { courierAccountId: ekartId },
    });
    await cancelInDatabase(order.id);
    await expire(claim.shipment.id);
    const calls = ekartCalls();

    expect(await settleAbandonedBookings()).toEqual({ settled: 1 });

    expect(ekartCalls()).toBe(calls);
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: claim.shipment.id },
      select: { status: true, failureKind: true, failureReason: true },
    });
    expect(shipment).toMatchObject({ status: "FAILED", failureKind: "LEFT_TO_OPS" });
    expect(shipment.failureReason).toContain(`(EKART, order number ${order.number}-F1)`);
    const incident = await db.incident.findFirstOrThrow({
      where: { orderId: order.id },
      select: { severity: true, title: true },
    });
    expect(incident.severity).toBe("HIGH");
    expect(incident.title).toContain("If it is there, cancel it in the panel.");
    expect(await settleAbandonedBookings()).toEqual({ settled: 0 });
  });
});

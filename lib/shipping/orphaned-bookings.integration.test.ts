import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import {
  createOrderWithBooking,
  createPackedOrder,
  createSandboxCourierAccount,
  setUpEkartBooking,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { expireBookingClaims as expire, stoppedBooker, until } from "@/lib/testing/booking-stage";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { settleAbandonedBookings } from "./settle-abandoned-bookings";

// Bookings of cancelled orders that must still be settled with the courier: one whose outcome
// was lost after the cancellation had stopped waiting for it, and AWBs whose cancellation at the
// courier did not happen at once. Cancelled "in the database" stands for a cancellation whose
// wait for the booking ran out; every courier call is counted at the sandbox.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let shiprocketId = "";
let ekartId = "";
let delhiveryId = "";
const SR = "/shiprocket/v1/external";
const SR_CREATE = `POST ${SR}/orders/create/adhoc`;
const SR_LOOKUP = `GET ${SR}/orders`;
const SR_CANCEL = `POST ${SR}/orders/cancel`;
const EK_CREATE = "PUT /ekart/api/v1/package/create";
const DL_CANCEL = "POST /delhivery/api/p/edit";
const count = (request: string) => seen.filter((s) => s === request).length;
const actor = { label: "test" };

const fault = (prefix: string, rule: object) =>
  control(sandbox.url, "/_control/faults", { prefix, ...rule });
const cancelInDatabase = (orderId: string) =>
  db.order.update({ where: { id: orderId }, data: { status: "CANCELLED" } });
const shipmentOf = (orderId: string) =>
  db.shipment.findFirstOrThrow({
    where: { orderId },
    select: { id: true, status: true, awb: true, failureKind: true, failureReason: true },
  });
const incidentsOf = (orderId: string) =>
  db.incident.findMany({ where: { orderId }, select: { severity: true, title: true } });

/** Books `orderId`, and cancels the order once the courier has the request. */
async function cancelledWhileBooking(orderId: string, create: string, courierAccountId?: string) {
  const before = count(create);
  const booking = bookShipment({ orderId, actor, courierAccountId });
  await until("the booking reached the courier", () => count(create) > before);
  await cancelInDatabase(orderId);
  return booking;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
  shiprocketId = (await db.courierAccount.findFirstOrThrow({ select: { id: true } })).id;
  ekartId = (await setUpEkartBooking(sandbox.url)).id;
  const delhivery = await createSandboxCourierAccount(sandbox.url, "DELHIVERY", {
    name: "Delhivery test",
  });
  delhiveryId = delhivery.id;
});
afterEach(() => control(sandbox.url, "/_control/faults", undefined, "DELETE"));
afterAll(() => sandbox.stop());

describe("a booking whose answer was lost after its order was cancelled", () => {
  it("is looked up at once by its booker, and closed when the courier has nothing", async () => {
    const order = await createPackedOrder();
    await fault(`${SR}/orders/create/adhoc`, { status: 503, latencyMs: 500, times: 2 });
    const lookups = count(SR_LOOKUP);

    const result = await cancelledWhileBooking(order.id, SR_CREATE);

    expect(result).toMatchObject({ outcome: "FAILED", failureKind: "OUTCOME_UNKNOWN" });
    // Two look-ups while booking, one more to settle it for the cancelled order.
    expect(count(SR_LOOKUP) - lookups).toBe(3);
    expect(await shipmentOf(order.id)).toMatchObject({ status: "CANCELLED", awb: null });
    expect(await incidentsOf(order.id)).toEqual([]);
    await expire(order.id);
    expect(await settleAbandonedBookings()).toEqual({ settled: 0 });
  });

  it("on Ekart, which cannot be asked, hands it to ops exactly once", async () => {
    const order = await createPackedOrder();
    await fault("/ekart/api/v1/package/create", { status: 503, latencyMs: 500, times: 4 });
    const creates = count(EK_CREATE);

    const result = await cancelledWhileBooking(order.id, EK_CREATE, ekartId);

    expect(result).toMatchObject({ outcome: "FAILED" });
    expect(count(EK_CREATE) - creates).toBe(1);
    const shipment = await shipmentOf(order.id);
    expect(shipment).toMatchObject({ status: "FAILED", failureKind: "LEFT_TO_OPS" });
    expect(shipment.failureReason).toContain(
      `Order ${order.number} was cancelled while its booking with EKART was unfinished.`,
    );
    expect(await incidentsOf(order.id)).toEqual([
      { severity: "HIGH", title: shipment.failureReason },
    ]);
    await expire(order.id);
    expect(await settleAbandonedBookings()).toEqual({ settled: 0 });
    expect(await db.incident.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("left unsettled by a booker that died, is found by the sweep and cancelled at the courier", async () => {
    const order = await createPackedOrder();
    // The courier booked, its answer was lost, the failure was recorded; then the booker died.
    const booked = await stoppedBooker(order.id, shiprocketId);
    await db.shipment.update({
      where: { id: booked.shipmentId },
      data: { status: "FAILED", failureKind: "OUTCOME_UNKNOWN", failureReason: "timed out" },
    });
    await cancelInDatabase(order.id);
    await expire(order.id);
    const cancels = count(SR_CANCEL);

    expect(await settleAbandonedBookings()).toEqual({ settled: 1 });

    expect(count(SR_CANCEL) - cancels).toBe(1);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(booked.awb!)).current?.status).toBe("CANCELLED");
    expect(await shipmentOf(order.id)).toMatchObject({ status: "CANCELLED", awb: booked.awb });
    expect(await incidentsOf(order.id)).toEqual([
      { severity: "LOW", title: expect.stringContaining("cancelled at SHIPROCKET automatically") },
    ]);
  });
});

describe("an AWB of a cancelled order still live at the courier", () => {
  it("is cancelled by the sweep after the courier could not be reached, and after a webhook moved it on", async () => {
    const unreachable = await createOrderWithBooking({
      courierAccountId: delhiveryId,
      status: "CANCELLED",
    });
    const movedOn = await createOrderWithBooking({
      courierAccountId: delhiveryId,
      status: "CANCELLED",
    });
    await db.shipment.update({
      where: { awb: movedOn.awb },
      data: { status: "PICKUP_SCHEDULED" },
    });
    await expire(unreachable.order.id, 11); // the sweep takes the oldest first
    await expire(movedOn.order.id);
    // Delhivery is down for the first cancellation (its four tries), then answers again.
    await fault("/delhivery/api/p/edit", { status: 503, times: 4 });
    const cancels = count(DL_CANCEL);

    expect(await settleAbandonedBookings()).toEqual({ settled: 2 });
    const first = await db.shipment.findUniqueOrThrow({
      where: { awb: unreachable.awb },
      select: { status: true, failureReason: true },
    });
    expect(first).toEqual({ status: "BOOKED", failureReason: null });
    expect(await incidentsOf(unreachable.order.id)).toEqual([]);
    await expire(unreachable.order.id);
    expect(await settleAbandonedBookings()).toEqual({ settled: 1 });

    expect(count(DL_CANCEL) - cancels).toBe(6);
    const delhivery = await getCourierForAccount(delhiveryId);
    for (const { order, awb } of [unreachable, movedOn]) {
      expect((await delhivery.track(awb)).current?.status).toBe("CANCELLED");
      expect(
        await db.shipment.findUniqueOrThrow({ where: { awb }, select: { status: true } }),
      ).toEqual({ status: "CANCELLED" });
      expect(await incidentsOf(order.id)).toEqual([
        { severity: "LOW", title: expect.stringContaining("cancelled at DELHIVERY automatically") },
      ]);
    }
    expect(await settleAbandonedBookings()).toEqual({ settled: 0 });
  });
});

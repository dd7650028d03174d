import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { createFixtureUser, setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import {
  createPackedOrder,
  setUpEkartBooking,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { retryBookingAnyway } from "./retry-booking-anyway";
import { shipOrder } from "./ship-order";

// Ekart cannot look a booking up by Packline's reference. After the courier refused a booking,
// booking again is safe; after an answer that never came, booking again blind could give the
// parcel two AWBs, so ops check Ekart's panel and "retry anyway" under a new reference. Counted
// at the sandbox Ekart's end.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let ekartId = "";
let ops: Caller;
const CREATE = "PUT /ekart/api/v1/package/create";
const creates = () => seen.filter((s) => s === CREATE).length;
const actor = { label: "test" };
const fault = (rule: object) =>
  control(sandbox.url, "/_control/faults", {
    prefix: "/ekart/api/v1/package/create",
    times: 1,
    ...rule,
  });

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
  ekartId = (await setUpEkartBooking(sandbox.url)).id;
  const user = await createFixtureUser("OPS");
  ops = { ...user, email: "ops@test.in", role: "OPS", via: "session" };
  await setFulfilmentFlag(true);
});
afterAll(() => sandbox.stop());

const shipmentOf = (orderId: string) =>
  db.shipment.findFirstOrThrow({
    where: { orderId },
    select: {
      id: true,
      status: true,
      awb: true,
      failureKind: true,
      failureReason: true,
      bookingReference: true,
    },
  });

describe("rebooking a failed Ekart booking", () => {
  it("books again at once after Ekart refused the booking", async () => {
    const order = await createPackedOrder();
    await fault({
      status: 400,
      body: {
        statusCode: 400,
        code: "BAD_REQUEST",
        message: "Invalid drop pincode",
        severity: "ERROR",
      },
    });
    const before = creates();
    const failed = await bookShipment({ orderId: order.id, actor, courierAccountId: ekartId });
    expect(failed).toMatchObject({ outcome: "FAILED", failureKind: "REFUSED", retryable: false });
    expect(await shipmentOf(order.id)).toMatchObject({ status: "FAILED", failureKind: "REFUSED" });

    const retried = await bookShipment({ orderId: order.id, actor });
    expect(retried).toMatchObject({ outcome: "BOOKED", courier: "EKART" });
    expect(creates() - before).toBe(2);
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "BOOKED",
      awb: retried.awb,
      failureKind: null,
      bookingReference: `${order.number}-F1`,
    });
    expect(
      await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } }),
    ).toEqual({ status: "SHIPPED" });
  });

  it("after an answer that never came, asks ops to check Ekart's panel, then books anew on retry anyway", async () => {
    const order = await createPackedOrder();
    await fault({ status: 502 });
    const before = creates();
    const lost = await bookShipment({ orderId: order.id, actor, courierAccountId: ekartId });
    expect(lost).toMatchObject({
      outcome: "FAILED",
      failureKind: "OUTCOME_UNVERIFIABLE",
      retryable: false,
    });
    expect(lost.reason).toContain(
      "The courier may have booked this parcel; check the courier's panel",
    );
    expect(lost.reason).toContain(`order number ${order.number}-F1`);

    // A plain retry (the job's, or "Retry shipment") does not book blind.
    await expect(shipOrder({ orderId: order.id, caller: ops })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("check the courier's panel"),
    });
    expect(creates() - before).toBe(1);
    const stuck = await shipmentOf(order.id);
    expect(stuck).toMatchObject({ status: "FAILED", failureKind: "OUTCOME_UNVERIFIABLE" });
    const incidents = await db.incident.count({ where: { orderId: order.id } });
    expect(incidents).toBe(1);

    const booked = await retryBookingAnyway({ shipmentId: stuck.id, caller: ops });
    expect(booked).toMatchObject({ outcome: "BOOKED", status: "BOOKED", courier: "EKART" });
    expect(creates() - before).toBe(2);
    expect(await shipmentOf(order.id)).toMatchObject({
      status: "BOOKED",
      awb: booked.awb,
      bookingReference: `${order.number}-F1-3`,
    });
    await expect(retryBookingAnyway({ shipmentId: stuck.id, caller: ops })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(creates() - before).toBe(2);
  });
});

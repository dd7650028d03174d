import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import {
  createPackedOrder,
  createSandboxCourierAccount,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { expireBookingClaims as expireClaim, until } from "@/lib/testing/booking-stage";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { claimShipment } from "./claim-shipment";

// Bookings that something overtakes while the courier is answering: another run takes the claim
// over, or the order is cancelled. The real adapters talk to the sandbox over loopback HTTP,
// which records every request, so "cancelled at the courier" is counted there.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let shiprocketId = "";
let delhiveryId = "";
const SR = "/shiprocket/v1/external";
const SR_CREATE = `POST ${SR}/orders/create/adhoc`;
const SR_CANCEL = `POST ${SR}/orders/cancel`;
const DL_CREATE = "POST /delhivery/api/cmu/create.json";
const count = (request: string) => seen.filter((s) => s === request).length;
const actor = { label: "test" };

/** Holds the next Shiprocket booking at the courier's door, so the test can act meanwhile. */
const slowShiprocketCreate = () =>
  control(sandbox.url, "/_control/faults", {
    prefix: `${SR}/orders/create/adhoc`,
    latencyMs: 2_000,
    times: 1,
  });

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

describe("a booking run whose claim expired", () => {
  it("cannot overwrite the booking that took over, and its AWB ends cancelled at the courier", async () => {
    const order = await createPackedOrder();
    await slowShiprocketCreate();
    const before = { created: count(SR_CREATE), cancelled: count(SR_CANCEL), dl: count(DL_CREATE) };
    const late = bookShipment({ orderId: order.id, actor, jobId: "slow-job" });
    await until("the slow booking reached Shiprocket", () => count(SR_CREATE) > before.created);
    await expireClaim(order.id);

    // Ops book again meanwhile, choosing Delhivery: the lease is over, so this run takes over.
    const takeover = await bookShipment({
      orderId: order.id,
      actor,
      courierAccountId: delhiveryId,
    });
    expect(takeover.outcome).toBe("BOOKED");
    const lateResult = await late;

    expect(lateResult.outcome).toBe("VOIDED");
    expect(lateResult.awb).not.toBe(takeover.awb);
    expect(count(SR_CREATE) - before.created).toBe(1);
    expect(count(DL_CREATE) - before.dl).toBe(1);
    expect(count(SR_CANCEL) - before.cancelled).toBe(1);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(lateResult.awb!)).current?.status).toBe("CANCELLED");
    const shipments = await db.shipment.findMany({
      where: { orderId: order.id },
      select: { status: true, awb: true, courierAccountId: true },
    });
    expect(shipments).toEqual([
      { status: "BOOKED", awb: takeover.awb, courierAccountId: delhiveryId },
    ]);
    const incidents = await db.incident.findMany({
      where: { orderId: order.id },
      select: { severity: true, title: true },
    });
    expect(incidents).toEqual([
      {
        severity: "LOW",
        title: expect.stringMatching(
          new RegExp(
            `^AWB ${lateResult.awb} .*holds AWB ${takeover.awb}.*cancelled at SHIPROCKET automatically`,
          ),
        ),
      },
    ]);
    expect(
      await db.outboxEvent.count({ where: { aggregateId: order.id, type: "OrderShipped" } }),
    ).toBe(1);
  });
});

describe("cancelling an order while its booking is in flight", () => {
  it("waits for the courier's answer and ends with the AWB cancelled at the courier", async () => {
    const order = await createPackedOrder();
    await slowShiprocketCreate();
    const before = { created: count(SR_CREATE), cancelled: count(SR_CANCEL) };
    const booking = bookShipment({ orderId: order.id, actor });
    await until("the booking reached Shiprocket", () => count(SR_CREATE) > before.created);

    const cancelled = await cancelOrder({
      orderId: order.id,
      reason: "Customer cancelled on the phone",
      expectedVersion: order.version,
      actor,
    });
    const booked = await booking;

    expect(booked.outcome).toBe("VOIDED");
    expect(cancelled).toMatchObject({ to: "CANCELLED", cancelledAwb: booked.awb });
    expect(cancelled.bookingNote).toContain(
      `AWB ${booked.awb}, which was cancelled at the courier`,
    );
    expect(count(SR_CREATE) - before.created).toBe(1);
    expect(count(SR_CANCEL) - before.cancelled).toBe(1);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(booked.awb!)).current?.status).toBe("CANCELLED");
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipments: { select: { status: true, awb: true } } },
    });
    expect(after).toEqual({
      status: "CANCELLED",
      shipments: [{ status: "CANCELLED", awb: booked.awb }],
    });
    expect(
      await db.outboxEvent.count({ where: { aggregateId: order.id, type: "OrderShipped" } }),
    ).toBe(0);
  });

  it("says so when the booking in flight is refused, and flags nothing on the cancelled order", async () => {
    const order = await createPackedOrder();
    await control(sandbox.url, "/_control/faults", {
      prefix: `${SR}/orders/create/adhoc`,
      latencyMs: 1_000,
      status: 422,
      body: { message: "Oops! Invalid Data.", errors: { billing_pincode: ["Not serviceable"] } },
      times: 1,
    });
    const before = { created: count(SR_CREATE), cancelled: count(SR_CANCEL) };
    const booking = bookShipment({ orderId: order.id, actor });
    await until("the booking reached Shiprocket", () => count(SR_CREATE) > before.created);
    const cancelled = await cancelOrder({ orderId: order.id, reason: "Changed mind", actor });
    expect((await booking).outcome).toBe("FAILED");
    expect(cancelled).toMatchObject({
      to: "CANCELLED",
      cancelledAwb: null,
      bookingNote: "The booking in flight failed, so no parcel was booked.",
    });
    expect(count(SR_CANCEL)).toBe(before.cancelled);
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipmentFailed: true, incidents: { select: { id: true } } },
    });
    expect(after).toEqual({ status: "CANCELLED", shipmentFailed: false, incidents: [] });
  });

  it("settles at once a booking whose booker stopped: looks it up, finds nothing, closes it", async () => {
    const order = await createPackedOrder();
    const claim = await claimShipment(order.id, "FORWARD", { jobId: "dead-job" });
    if (claim.kind !== "claimed") throw new Error("not claimed");
    await db.shipment.update({
      where: { id: claim.shipment.id },
      data: { courierAccountId: shiprocketId },
    });
    await expireClaim(order.id);
    const lookups = count(`GET ${SR}/orders`);
    const cancelled = await cancelOrder({ orderId: order.id, reason: "Duplicate", actor });
    expect(cancelled).toMatchObject({ to: "CANCELLED", cancelledAwb: null, bookingNote: null });
    expect(count(`GET ${SR}/orders`) - lookups).toBe(1);
    expect(
      await db.shipment.findUniqueOrThrow({
        where: { id: claim.shipment.id },
        select: { status: true },
      }),
    ).toEqual({ status: "CANCELLED" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Courier } from "@/lib/couriers/courier";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import {
  createOrderWithBooking,
  createSandboxCourierAccount,
} from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { cancelOrder } from "./cancel-order";
import { getOrderDetail } from "./get-order-detail";
import { createFixtureUser, setFulfilmentFlag } from "./order-fixtures";

// Cancelling an order whose parcel is booked goes to the courier first, over real HTTP to the
// sandbox's Delhivery; a refusal leaves the order exactly as it was.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let accountId = "";
let courier: Courier;
let user: { id: string };
let seen: string[] = [];
const CANCEL = "POST /delhivery/api/p/edit";
const cancels = () => seen.filter((r) => r === CANCEL).length;

const packedOrderWithBooking = () =>
  createOrderWithBooking({ courierAccountId: accountId, status: "PACKED" });

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  const account = await createSandboxCourierAccount(sandbox.url, "DELHIVERY", {
    name: "cancel-test",
  });
  accountId = account.id;
  courier = await getCourierForAccount(accountId);
  user = await createFixtureUser();
  await setFulfilmentFlag(true);
});
afterAll(() => sandbox.stop());

describe("cancelling an order with a live shipment", () => {
  it("cancels the shipment with the courier, then the order", async () => {
    const { order, awb } = await packedOrderWithBooking();
    const result = await cancelOrder({
      orderId: order.id,
      reason: "Customer changed their mind",
      expectedVersion: order.version,
      actor: { userId: user.id, label: "user" },
    });
    expect(result).toMatchObject({ to: "CANCELLED", cancelledAwb: awb });
    expect((await courier.track(awb)).current?.status).toBe("CANCELLED");
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { awb },
      select: { status: true },
    });
    expect(shipment.status).toBe("CANCELLED");
  });

  it("keeps the order when the courier refuses, and says why", async () => {
    const { order, awb } = await packedOrderWithBooking();
    await control(sandbox.url, "/_control/delhivery/advance", { awb, to: "delivered" });
    await expect(
      cancelOrder({
        orderId: order.id,
        reason: "Too late",
        expectedVersion: order.version,
        actor: { userId: user.id, label: "user" },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        new RegExp(`${awb}.*not allowed.*The order was not cancelled`),
      ),
    });
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, version: true, shipments: { select: { status: true } } },
    });
    expect(after).toEqual({
      status: "PACKED",
      version: order.version,
      shipments: [{ status: "BOOKED" }],
    });
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("cancelling a shipped order", () => {
  const actor = () => ({ userId: user.id, label: "user" });

  it("before pickup: offers Cancel, cancels the AWB at the courier, then the order", async () => {
    const { order, awb } = await createOrderWithBooking({
      courierAccountId: accountId,
      status: "SHIPPED",
    });
    await db.shipment.update({ where: { awb }, data: { status: "PICKUP_SCHEDULED" } });
    expect((await getOrderDetail({ orderId: order.id })).actions.cancel).toBe(true);
    const before = cancels();

    const result = await cancelOrder({
      orderId: order.id,
      reason: "Customer cancelled before pickup",
      expectedVersion: order.version,
      actor: actor(),
    });

    expect(result).toMatchObject({ from: "SHIPPED", to: "CANCELLED", cancelledAwb: awb });
    expect(cancels() - before).toBe(1);
    expect((await courier.track(awb)).current?.status).toBe("CANCELLED");
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipments: { select: { status: true } } },
    });
    expect(after).toEqual({ status: "CANCELLED", shipments: [{ status: "CANCELLED" }] });
  });

  it("after pickup: offers no Cancel, and says to ask the courier for a return to origin", async () => {
    const { order, awb } = await createOrderWithBooking({
      courierAccountId: accountId,
      status: "SHIPPED",
    });
    await control(sandbox.url, "/_control/delhivery/advance", { awb, to: "picked-up" });
    await db.shipment.update({ where: { awb }, data: { status: "PICKED_UP" } });
    expect((await getOrderDetail({ orderId: order.id })).actions.cancel).toBe(false);
    const before = cancels();

    await expect(
      cancelOrder({ orderId: order.id, reason: "Too late", actor: actor() }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `DELHIVERY has picked up parcel ${awb} already, so the order cannot be cancelled here: ask DELHIVERY to return it to origin (RTO).`,
    });

    expect(cancels()).toBe(before);
    expect(
      await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } }),
    ).toEqual({ status: "SHIPPED" });
  });
});

import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addOrderNote } from "./add-order-note";
import { cancelOrder } from "./cancel-order";
import { getOrderDetail } from "./get-order-detail";
import { listOrderNotes } from "./list-order-notes";
import { markOrderProcessing } from "./mark-order-processing";
import { createFixtureOrder, createFixtureUser, setFulfilmentFlag } from "./order-fixtures";
import { updateOrderAddress } from "./update-order-address";

let user: { id: string; name: string };
const actor = () => ({ userId: user.id, label: "user" });
const address = {
  customerName: "Asha Rao",
  customerPhone: "+919845012345",
  addressLine1: "4, Church Street",
  addressLine2: "",
  landmark: "",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560001",
};

beforeAll(async () => {
  user = await createFixtureUser();
});
beforeEach(() => setFulfilmentFlag(true));

describe("order lifecycle", () => {
  it("marks a placed order processing and writes history and outbox in the same step", async () => {
    const order = await createFixtureOrder();
    const result = await markOrderProcessing({
      orderId: order.id,
      expectedVersion: order.version,
      actor: actor(),
    });
    expect(result).toEqual({ from: "PLACED", to: "PROCESSING", version: order.version + 1 });
    const history = await db.orderStatusHistory.findMany({
      where: { orderId: order.id },
      select: { fromStatus: true, toStatus: true, actorId: true },
    });
    expect(history).toEqual([{ fromStatus: "PLACED", toStatus: "PROCESSING", actorId: user.id }]);
    const events = await db.outboxEvent.count({
      where: { aggregateId: order.id, type: "OrderStatusChanged" },
    });
    expect(events).toBe(1);
  });

  it("refuses an illegal transition with a sentence and changes nothing", async () => {
    const order = await createFixtureOrder({ status: "DELIVERED" });
    await expect(
      cancelOrder({
        orderId: order.id,
        reason: "Customer asked",
        expectedVersion: 1,
        actor: actor(),
      }),
    ).rejects.toMatchObject({
      code: "ILLEGAL_TRANSITION",
      status: 409,
      message: expect.stringMatching(
        /is Delivered and cannot be marked Cancelled: it has been delivered/,
      ),
    });
    const processing = await createFixtureOrder({ status: "PROCESSING" });
    await expect(
      markOrderProcessing({ orderId: processing.id, expectedVersion: 1, actor: actor() }),
    ).rejects.toMatchObject({ code: "ILLEGAL_TRANSITION" });
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("catches concurrent edits with the version: the second writer gets a 409", async () => {
    const order = await createFixtureOrder();
    const both = await Promise.allSettled([
      markOrderProcessing({ orderId: order.id, expectedVersion: 1, actor: actor() }),
      cancelOrder({
        orderId: order.id,
        reason: "Duplicate order",
        expectedVersion: 1,
        actor: actor(),
      }),
    ]);
    const rejected = both.filter((r) => r.status === "rejected");
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "STALE_VERSION",
      message: "This order was changed by someone else. Reload it and try again.",
    });
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("cancels with a reason that the history and detail keep", async () => {
    const order = await createFixtureOrder();
    await cancelOrder({
      orderId: order.id,
      reason: "Customer ordered twice",
      expectedVersion: 1,
      actor: actor(),
    });
    const detail = await getOrderDetail({ orderId: order.id });
    expect(detail.status).toBe("CANCELLED");
    expect(detail.cancelReason).toBe("Customer ordered twice");
    expect(detail.history).toMatchObject([
      { from: "PLACED", to: "CANCELLED", reason: "Customer ordered twice", by: user.name },
    ]);
    expect(detail.actions).toEqual({
      markProcessing: false,
      cancel: false,
      editAddress: false,
      generateShipment: false,
      retryShipment: false,
      returnToOrigin: false,
    });
  });

  it("refuses fulfilment while the flag is off, and the order stays placed", async () => {
    await setFulfilmentFlag(false);
    const order = await createFixtureOrder();
    await expect(
      markOrderProcessing({ orderId: order.id, expectedVersion: 1, actor: actor() }),
    ).rejects.toMatchObject({ code: "FEATURE_DISABLED", message: /switched off/ });
    await expect(
      cancelOrder({
        orderId: order.id,
        reason: "No longer wanted",
        expectedVersion: 1,
        actor: actor(),
      }),
    ).rejects.toMatchObject({ code: "FEATURE_DISABLED" });
    const detail = await getOrderDetail({ orderId: order.id });
    expect(detail.status).toBe("PLACED");
    expect(detail.fulfilmentEnabled).toBe(false);
    expect(detail.actions).toMatchObject({ markProcessing: false, cancel: false });
  });
});

describe("address and notes", () => {
  it("updates the address until shipped, bumping the version and keeping an audit", async () => {
    const order = await createFixtureOrder();
    const { version } = await updateOrderAddress({
      orderId: order.id,
      address: { ...address, expectedVersion: 1 },
      actor: actor(),
    });
    expect(version).toBe(2);
    const detail = await getOrderDetail({ orderId: order.id });
    expect(detail).toMatchObject({
      addressLine1: "4, Church Street",
      landmark: null,
      pincode: "560001",
    });
    await expect(
      updateOrderAddress({
        orderId: order.id,
        address: { ...address, expectedVersion: 1 },
        actor: actor(),
      }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    const audits = await db.auditLog.count({ where: { entityId: order.id } });
    expect(audits).toBe(1);
  });

  it("refuses an address change once the parcel has shipped", async () => {
    const order = await createFixtureOrder({ status: "SHIPPED" });
    await expect(
      updateOrderAddress({
        orderId: order.id,
        address: { ...address, expectedVersion: 1 },
        actor: actor(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: /no longer be changed/ });
  });

  it("adds notes and lists them newest first with their author", async () => {
    const order = await createFixtureOrder();
    await addOrderNote({ orderId: order.id, authorId: user.id, body: "Called the customer" });
    await addOrderNote({ orderId: order.id, authorId: user.id, body: "Address confirmed" });
    const notes = await listOrderNotes({ orderId: order.id });
    expect(notes.map((n) => [n.body, n.author])).toEqual([
      ["Address confirmed", user.name],
      ["Called the customer", user.name],
    ]);
    await expect(listOrderNotes({ orderId: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

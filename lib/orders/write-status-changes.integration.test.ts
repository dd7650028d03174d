import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFixtureOrder, createFixtureUser } from "./order-fixtures";
import { writeStatusChanges } from "./write-status-changes";

describe("writeStatusChanges", () => {
  it("moves many orders in one step with a history row and an outbox event each", async () => {
    const user = await createFixtureUser();
    const orders = await Promise.all([createFixtureOrder(), createFixtureOrder()]);
    const versions = await db.$transaction((tx) =>
      writeStatusChanges(
        tx,
        orders.map((o) => ({ orderId: o.id, orderNumber: o.number, from: "PLACED" as const })),
        {
          to: "PROCESSING",
          actor: { userId: user.id, label: "picker" },
          reason: "First item picked",
        },
      ),
    );
    expect([...versions.values()]).toEqual([2, 2]);
    for (const order of orders) {
      const history = await db.orderStatusHistory.findMany({ where: { orderId: order.id } });
      expect(history).toMatchObject([
        {
          fromStatus: "PLACED",
          toStatus: "PROCESSING",
          actorId: user.id,
          actorLabel: "picker",
          reason: "First item picked",
        },
      ]);
      const events = await db.outboxEvent.findMany({ where: { aggregateId: order.id } });
      expect(events).toMatchObject([
        {
          type: "OrderStatusChanged",
          aggregateType: "Order",
          status: "PENDING",
          payload: {
            orderId: order.id,
            orderNumber: order.number,
            from: "PLACED",
            to: "PROCESSING",
            reason: "First item picked",
          },
        },
      ]);
    }
  });

  it("stamps the lifecycle time in UTC whatever the session's time zone", async () => {
    const order = await createFixtureOrder({ status: "SHIPPED" });
    const before = Date.now();
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TIME ZONE 'Asia/Kolkata'`;
      await writeStatusChanges(
        tx,
        [{ orderId: order.id, orderNumber: order.number, from: "SHIPPED" }],
        { to: "DELIVERED", actor: { label: "webhook:ekart" } },
      );
    });
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.status).toBe("DELIVERED");
    expect(Math.abs(stored.deliveredAt!.getTime() - before)).toBeLessThan(60_000);
    expect(Math.abs(stored.updatedAt.getTime() - before)).toBeLessThan(60_000);
    const types = await db.outboxEvent.findMany({
      where: { aggregateId: order.id },
      select: { type: true },
      orderBy: { type: "asc" },
    });
    expect(types.map((t) => t.type)).toEqual(["OrderDelivered", "OrderStatusChanged"]);
  });

  it("leaves an order whose status is no longer the one read, and writes nothing for it", async () => {
    const order = await createFixtureOrder({ status: "CANCELLED" });
    const versions = await db.$transaction((tx) =>
      writeStatusChanges(tx, [{ orderId: order.id, orderNumber: order.number, from: "PLACED" }], {
        to: "PROCESSING",
        actor: { label: "system" },
      }),
    );
    expect(versions.size).toBe(0);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "CANCELLED",
      version: 1,
    });
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { aggregateId: order.id } })).toBe(0);
  });
});

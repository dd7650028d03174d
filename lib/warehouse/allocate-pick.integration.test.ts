import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseErrorCode } from "@/lib/database-error-code";
import { db } from "@/lib/db";
import {
  createOrder,
  createPicker,
  createProduct,
  linesOf,
  orderState,
} from "@/lib/testing/picking-fixtures";
import { allocatePick } from "./allocate-pick";
import { lockSku } from "./floor-sku";
import { undoPick } from "./undo-pick";

let picker: { id: string; name: string };
let other: { id: string; name: string };

beforeAll(async () => {
  picker = await createPicker("Ravi");
  other = await createPicker("Meena");
});

const pick = (code: string, qty: number, clientEventId = randomUUID(), who = picker) =>
  allocatePick({ code, qty, clientEventId, picker: who });

describe("allocatePick", () => {
  it("gives units to the oldest open lines first and records one event per share", async () => {
    await createProduct("FIFO-1");
    await createOrder("F-NEW", 10, [{ sku: "FIFO-1", qty: 2 }]);
    await createOrder("F-OLD", 300, [{ sku: "FIFO-1", qty: 2 }]);
    await createOrder("F-MID", 60, [{ sku: "FIFO-1", qty: 2 }]);

    const result = await pick("FIFO-1", 3);

    expect(result.allocations).toEqual([
      { orderNumber: "F-OLD", qty: 2 },
      { orderNumber: "F-MID", qty: 1 },
    ]);
    expect(result).toMatchObject({ picked: 3, remaining: 3, replayed: false, nowReady: ["F-OLD"] });
    expect((await linesOf("FIFO-1")).map((l) => [l.order.number, l.qtyPicked])).toEqual([
      ["F-OLD", 2],
      ["F-MID", 1],
      ["F-NEW", 0],
    ]);
    const events = await db.pickEvent.findMany({
      where: { clientEventId: result.clientEventId },
      select: { qty: true, pickerId: true, sku: true },
    });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.pickerId === picker.id && e.sku === "FIFO-1")).toBe(true);
  });

  it("moves an order PLACED → PROCESSING on its first pick, with history", async () => {
    await createProduct("START-1");
    const order = await createOrder("S-1", 5, [{ sku: "START-1", qty: 3 }]);
    await pick("START-1", 1);
    expect(await orderState("S-1")).toEqual({
      status: "PROCESSING",
      readyToPack: false,
      hasShortItems: false,
    });
    const history = await db.orderStatusHistory.findMany({
      where: { orderId: order.id },
      select: { fromStatus: true, toStatus: true, actorId: true },
    });
    expect(history).toEqual([{ fromStatus: "PLACED", toStatus: "PROCESSING", actorId: picker.id }]);
    await pick("START-1", 1);
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("finds the SKU by its barcode and never allocates beyond what is open", async () => {
    const product = await createProduct("CAP-1");
    await createOrder("C-1", 20, [{ sku: "CAP-1", qty: 2 }]);
    const result = await pick(product.barcode!, 5);
    expect(result).toMatchObject({ sku: "CAP-1", requested: 5, picked: 2, remaining: 0 });
    await expect(pick("CAP-1", 1)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("flips readiness only when every line of the order is picked or short", async () => {
    await createProduct("RDY-A");
    await createProduct("RDY-B");
    await createOrder("R-1", 30, [
      { sku: "RDY-A", qty: 2 },
      { sku: "RDY-B", qty: 1 },
    ]);
    await pick("RDY-A", 2);
    expect((await orderState("R-1")).readyToPack).toBe(false);
    const last = await pick("RDY-B", 1);
    expect(last.nowReady).toEqual(["R-1"]);
    expect((await orderState("R-1")).readyToPack).toBe(true);
  });

  it("counts a replayed clientEventId once, even when replayed concurrently", async () => {
    await createProduct("IDEM-1");
    await createOrder("I-1", 40, [{ sku: "IDEM-1", qty: 5 }]);
    const id = randomUUID();
    const results = await Promise.all([
      pick("IDEM-1", 2, id),
      pick("IDEM-1", 2, id),
      pick("IDEM-1", 2, id),
    ]);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.picked === 2)).toBe(true);
    const again = await pick("IDEM-1", 2, id);
    expect(again).toMatchObject({ replayed: true, picked: 2, remaining: 3 });
    expect((await linesOf("IDEM-1"))[0]!.qtyPicked).toBe(2);
  });

  it("refuses a used clientEventId sent with another SKU, quantity or picker, and changes nothing", async () => {
    await createProduct("REUSE-A");
    await createProduct("REUSE-B");
    await createOrder("RU-1", 50, [
      { sku: "REUSE-A", qty: 3 },
      { sku: "REUSE-B", qty: 3 },
    ]);
    const id = randomUUID();
    await pick("REUSE-A", 2, id);
    for (const attempt of [
      () => pick("REUSE-B", 1, id),
      () => pick("REUSE-A", 1, id),
      () => pick("REUSE-A", 2, id, other),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("already used for 2 × REUSE-A"),
      });
    }
    expect((await linesOf("REUSE-A"))[0]!.qtyPicked).toBe(2);
    expect((await linesOf("REUSE-B"))[0]!.qtyPicked).toBe(0);
    expect(await pick("REUSE-A", 2, id)).toMatchObject({ replayed: true, picked: 2 });
  });

  it("32 concurrent picks on one SKU allocate exactly min(requested, remaining)", async () => {
    await createProduct("HOT-1");
    // 12 orders × 2 units = 24 open; 32 pickers ask for 1 or 2 each (48 units in all).
    for (let i = 0; i < 12; i++) {
      await createOrder(`H-${i}`, 1000 - i, [{ sku: "HOT-1", qty: 2 }]);
    }
    const outcomes = await Promise.allSettled(
      Array.from({ length: 32 }, (_, i) =>
        pick("HOT-1", (i % 2) + 1, randomUUID(), i % 2 ? picker : other),
      ),
    );
    const picked = outcomes.reduce(
      (sum, o) => sum + (o.status === "fulfilled" ? o.value.picked : 0),
      0,
    );
    expect(picked).toBe(24);
    const rejected = outcomes.filter((o) => o.status === "rejected");
    expect(rejected.every((o) => (o.reason as { code?: string }).code === "CONFLICT")).toBe(true);
    const lines = await linesOf("HOT-1");
    expect(lines.every((l) => l.qtyPicked === l.qtyOrdered)).toBe(true);
    const events = await db.pickEvent.aggregate({ where: { sku: "HOT-1" }, _sum: { qty: true } });
    expect(events._sum.qty).toBe(24);
    expect(await db.skuDemand.findUnique({ where: { sku: "HOT-1" } })).toMatchObject({
      qtyOrdered: 24,
      qtyPicked: 24,
      openLines: 0,
    });
  });

  it("undoes the picker's own last pick and makes the order not ready again", async () => {
    await createProduct("UNDO-1");
    await createOrder("U-1", 50, [{ sku: "UNDO-1", qty: 1 }]);
    await createOrder("U-2", 40, [{ sku: "UNDO-1", qty: 1 }]);
    await pick("UNDO-1", 1);
    const second = await pick("UNDO-1", 1);
    expect((await orderState("U-2")).readyToPack).toBe(true);

    await expect(
      undoPick({ picker: other, clientEventId: second.clientEventId }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const undone = await undoPick({ picker });
    expect(undone).toMatchObject({ clientEventId: second.clientEventId, undone: 1, remaining: 1 });
    expect(await orderState("U-2")).toMatchObject({ readyToPack: false, status: "PROCESSING" });
    expect((await orderState("U-1")).readyToPack).toBe(true);
    await expect(undoPick({ picker, clientEventId: second.clientEventId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const again = await pick("UNDO-1", 1);
    expect(again.allocations).toEqual([{ orderNumber: "U-2", qty: 1 }]);
  });

  it("skips cancelled orders", async () => {
    await createProduct("CXL-1");
    await createOrder("X-OLD", 90, [{ sku: "CXL-1", qty: 1 }], "CANCELLED");
    await createOrder("X-NEW", 10, [{ sku: "CXL-1", qty: 1 }]);
    const result = await pick("CXL-1", 2);
    expect(result.allocations).toEqual([{ orderNumber: "X-NEW", qty: 1 }]);
  });

  it("sees a line of another SKU picked while this pick waited for the order", async () => {
    await createProduct("WAIT-A");
    await createProduct("WAIT-B");
    const order = await createOrder("W-1", 70, [
      { sku: "WAIT-A", qty: 1 },
      { sku: "WAIT-B", qty: 1 },
    ]);
    // Another picker's step on WAIT-B holds the order until this pick is queued behind it.
    let queued!: () => void;
    const pickQueued = new Promise<void>((resolve) => (queued = resolve));
    let picking: Promise<Awaited<ReturnType<typeof pick>>> | undefined;
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
      await tx.$executeRaw`UPDATE "OrderItem" SET "qtyPicked" = 1
        WHERE "orderId" = ${order.id} AND sku = 'WAIT-B'`;
      picking = pick("WAIT-A", 1);
      void waitForLockWaiter().then(queued);
      await pickQueued;
    });
    const result = await picking!;
    expect(result.nowReady).toEqual(["W-1"]);
    expect(await orderState("W-1")).toMatchObject({ readyToPack: true, status: "PROCESSING" });
  });

  it("gives up waiting for a held SKU lock with lock_not_available, recording nothing", async () => {
    await createProduct("HELD-1");
    await createOrder("HELD-O-1", 5, [{ sku: "HELD-1", qty: 2 }]);
    const error = await db
      .$transaction(async (holder) => {
        await lockSku(holder, "HELD-1");
        return db.$transaction(async (tx) => {
          await tx.$executeRaw`SET LOCAL lock_timeout = '200ms'`;
          await tx.$queryRaw`SELECT packline_pick('HELD-1', 1, ${randomUUID()}, ${picker.id})`;
        });
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(databaseErrorCode(error)).toBe("55P03");
    expect((await linesOf("HELD-1")).map((l) => l.qtyPicked)).toEqual([0]);
  });

  it("answers 404 with the code for a SKU or barcode nobody knows", async () => {
    await expect(pick("NO-SUCH-SKU", 1)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No product has the SKU or barcode "NO-SUCH-SKU". Check the label.',
    });
  });

  it("picks two SKUs of the same orders concurrently without deadlock or double start", async () => {
    await createProduct("PAIR-A");
    await createProduct("PAIR-B");
    const orders = [];
    for (let i = 0; i < 8; i++) {
      orders.push(
        await createOrder(`P-${i}`, 500 - i, [
          { sku: "PAIR-A", qty: 1 },
          { sku: "PAIR-B", qty: 1 },
        ]),
      );
    }
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => pick(i % 2 ? "PAIR-A" : "PAIR-B", 1)),
    );
    expect(results.flatMap((r) => r.nowReady).sort()).toEqual(orders.map((o) => o.number).sort());
    const history = await db.orderStatusHistory.groupBy({
      by: ["orderId"],
      where: { orderId: { in: orders.map((o) => o.id) } },
      _count: true,
    });
    expect(history.map((h) => h._count)).toEqual(orders.map(() => 1));
  });
});

/** Resolves once some session is waiting for a row lock (the pick queued behind the holder). */
async function waitForLockWaiter(): Promise<void> {
  for (;;) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createOrder,
  createPicker,
  createProduct,
  linesOf,
  orderState,
} from "@/lib/testing/picking-fixtures";
import { allocatePick } from "./allocate-pick";
import { markNotInStock } from "./mark-not-in-stock";

let picker: { id: string; name: string };

beforeAll(async () => {
  picker = await createPicker();
});

describe("markNotInStock", () => {
  it("lands a given short on the newest orders first and records the exception", async () => {
    await createProduct("SH-1");
    await createOrder("N-OLD", 300, [{ sku: "SH-1", qty: 2 }]);
    await createOrder("N-MID", 200, [{ sku: "SH-1", qty: 2 }]);
    await createOrder("N-NEW", 100, [{ sku: "SH-1", qty: 2 }]);

    const result = await markNotInStock({ code: "SH-1", qty: 3, reporter: picker });

    expect(result).toMatchObject({ qtyShort: 3, orderNumbers: ["N-NEW", "N-MID"], remaining: 3 });
    expect((await linesOf("SH-1")).map((l) => [l.order.number, l.qtyShort])).toEqual([
      ["N-OLD", 0],
      ["N-MID", 1],
      ["N-NEW", 2],
    ]);
    const exception = await db.stockException.findUniqueOrThrow({
      where: { id: result.stockExceptionId },
      select: {
        sku: true,
        productTitle: true,
        qtyShort: true,
        orderNumbers: true,
        items: { select: { qtyShort: true } },
      },
    });
    expect(exception).toMatchObject({ sku: "SH-1", productTitle: "Product SH-1", qtyShort: 3 });
    expect(exception.items.map((i) => i.qtyShort).sort()).toEqual([1, 2]);
    expect(await orderState("N-NEW")).toEqual({
      status: "PROCESSING",
      readyToPack: true,
      hasShortItems: true,
    });
    expect((await orderState("N-MID")).readyToPack).toBe(false);
    // The oldest order can still be completed by a pick.
    const picked = await allocatePick({
      code: "SH-1",
      qty: 3,
      clientEventId: randomUUID(),
      picker,
    });
    expect(picked.allocations).toEqual([
      { orderNumber: "N-OLD", qty: 2 },
      { orderNumber: "N-MID", qty: 1 },
    ]);
    expect(await orderState("N-OLD")).toMatchObject({ readyToPack: true, hasShortItems: false });
  });

  it("without a quantity marks everything still to pick short, after what was picked", async () => {
    await createProduct("SH-2");
    await createOrder("M-1", 50, [{ sku: "SH-2", qty: 3 }]);
    await allocatePick({ code: "SH-2", qty: 1, clientEventId: randomUUID(), picker });
    const result = await markNotInStock({ code: "SH-2", reporter: picker });
    expect(result).toMatchObject({ qtyShort: 2, remaining: 0, nowReady: ["M-1"] });
    expect((await linesOf("SH-2"))[0]).toMatchObject({ qtyPicked: 1, qtyShort: 2 });
    await expect(markNotInStock({ code: "SH-2", reporter: picker })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("does not touch an order that is not ready until its other lines are done", async () => {
    await createProduct("SH-3A");
    await createProduct("SH-3B");
    await createOrder("Q-1", 20, [
      { sku: "SH-3A", qty: 1 },
      { sku: "SH-3B", qty: 1 },
    ]);
    await markNotInStock({ code: "SH-3A", reporter: picker });
    expect(await orderState("Q-1")).toMatchObject({ readyToPack: false, hasShortItems: true });
    await allocatePick({ code: "SH-3B", qty: 1, clientEventId: randomUUID(), picker });
    expect(await orderState("Q-1")).toMatchObject({ readyToPack: true, hasShortItems: true });
  });
});

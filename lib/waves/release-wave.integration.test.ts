import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrder, createPicker, createProduct, linesOf } from "@/lib/testing/picking-fixtures";
import { allocatePick } from "@/lib/warehouse/allocate-pick";
import { createCart } from "./create-cart";
import { cancelWave } from "./cancel-wave";
import { releaseWave } from "./release-wave";

let ops: { id: string; name: string };

beforeAll(async () => {
  ops = await createPicker("Ops");
  await createProduct("WV-1", { bin: "A-01-1" });
  await createProduct("WV-2", { bin: "A-02-3" });
  // Ten orders, WO-01 oldest; WO-03 is already started by whole-list picking.
  for (let n = 1; n <= 10; n++) {
    const number = `WO-${String(n).padStart(2, "0")}`;
    await createOrder(number, 1000 - n, [{ sku: n % 2 ? "WV-1" : "WV-2", qty: 2 }]);
  }
  await db.orderItem.updateMany({ where: { order: { number: "WO-03" } }, data: { qtyPicked: 1 } });
});

async function waveNumbers(waveId: string) {
  const rows = await db.waveOrder.findMany({
    where: { waveId },
    select: { order: { select: { number: true } } },
    orderBy: { slot: "asc" },
  });
  return rows.map((r) => r.order.number);
}

describe("releaseWave", () => {
  it("takes the oldest untouched orders that fit the cart, and the cart takes one wave", async () => {
    const cart = await createCart({ name: "FIFO", toteCount: 3 });
    const wave = await releaseWave({ cartId: cart.id, releasedBy: ops });
    expect(wave.orders).toEqual([
      { orderNumber: "WO-01", slot: 1 },
      { orderNumber: "WO-02", slot: 2 },
      { orderNumber: "WO-04", slot: 3 },
    ]);
    await expect(releaseWave({ cartId: cart.id, releasedBy: ops })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.wave.count({ where: { cartId: cart.id } })).toBe(1);
  });

  it("never takes an order twice under two concurrent releases", async () => {
    const a = await createCart({ name: "RACEA", toteCount: 2 });
    const b = await createCart({ name: "RACEB", toteCount: 2 });
    const [wa, wb] = await Promise.all([
      releaseWave({ cartId: a.id, releasedBy: ops }),
      releaseWave({ cartId: b.id, releasedBy: ops }),
    ]);
    const taken = [...(await waveNumbers(wa.waveId)), ...(await waveNumbers(wb.waveId))];
    // The next four oldest after the first wave, each once, split between the two carts.
    expect(taken.sort()).toEqual(["WO-05", "WO-06", "WO-07", "WO-08"]);
    const open = await db.waveOrder.groupBy({
      by: ["orderId"],
      where: { open: true },
      _count: true,
    });
    expect(open.every((o) => o._count === 1)).toBe(true);
  });

  it("keeps whole-list picking off the orders of open waves", async () => {
    // WV-1 is wanted by WO-01/05/07 (in waves), WO-03 (started) and WO-09 (free).
    const pick = await allocatePick({
      code: "WV-1",
      qty: 5,
      clientEventId: randomUUID(),
      picker: ops,
    });
    expect(pick.allocations).toEqual([
      { orderNumber: "WO-03", qty: 1 },
      { orderNumber: "WO-09", qty: 2 },
    ]);
    const inWaves = (await linesOf("WV-1")).filter((l) =>
      ["WO-01", "WO-05", "WO-07"].includes(l.order.number),
    );
    expect(inWaves.every((l) => l.qtyPicked === 0)).toBe(true);
  });

  it("says so when no order is waiting", async () => {
    const c = await createCart({ name: "EMPTY", toteCount: 4 });
    const d = await createCart({ name: "EMPTY2", toteCount: 4 });
    await releaseWave({ cartId: c.id, releasedBy: ops }); // WO-10, the last free one
    await expect(releaseWave({ cartId: d.id, releasedBy: ops })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("No order is waiting"),
    });
  });

  it("hands a cancelled wave's orders back to whole-list picking and frees the cart", async () => {
    const cart = await db.cart.findUniqueOrThrow({ where: { name: "FIFO" }, select: { id: true } });
    const wave = await db.wave.findFirstOrThrow({
      where: { cartId: cart.id },
      select: { id: true },
    });
    expect(await cancelWave({ waveId: wave.id })).toEqual({
      waveId: wave.id,
      orderNumbers: ["WO-01", "WO-02", "WO-04"],
    });
    await expect(cancelWave({ waveId: wave.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const pick = await allocatePick({
      code: "WV-2",
      qty: 1,
      clientEventId: randomUUID(),
      picker: ops,
    });
    expect(pick.allocations).toEqual([{ orderNumber: "WO-02", qty: 1 }]);
    // Only WO-01 and WO-04 are still untouched, so the cart's next wave takes those two.
    const next = await releaseWave({ cartId: cart.id, releasedBy: ops });
    expect(next.orders.map((o) => o.orderNumber)).toEqual(["WO-01", "WO-04"]);
  });
});

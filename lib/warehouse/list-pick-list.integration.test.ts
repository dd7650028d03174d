import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionOrder } from "@/lib/orders/transition-order";
import { createOrder, createPicker, createProduct } from "@/lib/testing/picking-fixtures";
import { allocatePick } from "./allocate-pick";
import { getPickListStats } from "./get-pick-list-stats";
import { listPickList } from "./list-pick-list";
import { markNotInStock } from "./mark-not-in-stock";

let picker: { id: string; name: string };

// What SkuDemand must always equal: the plain GROUP BY the triggers save the pick list from.
async function demandByGroupBy() {
  return db.$queryRaw<{ sku: string; o: number; p: number; s: number; l: number }[]>`
    SELECT i.sku, sum(i."qtyOrdered")::int AS o, sum(i."qtyPicked")::int AS p,
      sum(i."qtyShort")::int AS s, sum((i."qtyPicked" + i."qtyShort" < i."qtyOrdered")::int)::int AS l
    FROM "OrderItem" i JOIN "Order" o ON o.id = i."orderId"
    WHERE o.status IN ('PLACED', 'PROCESSING') GROUP BY i.sku ORDER BY i.sku`;
}
async function demandTable() {
  const rows = await db.skuDemand.findMany({ orderBy: { sku: "asc" } });
  return rows
    .filter((r) => r.qtyOrdered || r.qtyPicked || r.qtyShort || r.openLines)
    .map((r) => ({ sku: r.sku, o: r.qtyOrdered, p: r.qtyPicked, s: r.qtyShort, l: r.openLines }));
}

beforeAll(async () => {
  picker = await createPicker();
  await createProduct("GRO-B", { category: "Grocery", bin: "A-02" });
  await createProduct("GRO-A", { category: "Grocery", bin: "A-01" });
  await createProduct("TOY-A", { category: "Toys", bin: "C-01" });
  await createProduct("HOM-A", { category: "Home", bin: "B-01" });
  await createOrder("P-1", 90, [
    { sku: "GRO-B", qty: 2 },
    { sku: "TOY-A", qty: 1 },
  ]);
  await createOrder("P-2", 80, [
    { sku: "GRO-A", qty: 1 },
    { sku: "HOM-A", qty: 4 },
  ]);
  await createOrder("P-3", 70, [{ sku: "GRO-B", qty: 1 }]);
  await createOrder("P-OLD-DONE", 500, [{ sku: "GRO-A", qty: 3 }], "DELIVERED");
});

describe("SkuDemand, kept by triggers", () => {
  it("equals the GROUP BY after inserts, picks, shorts, cancellation and deletion", async () => {
    expect(await demandTable()).toEqual(await demandByGroupBy());
    await allocatePick({ code: "GRO-B", qty: 2, clientEventId: randomUUID(), picker });
    await markNotInStock({ code: "HOM-A", qty: 1, reporter: picker });
    expect(await demandTable()).toEqual(await demandByGroupBy());
    const p3 = await db.order.findUniqueOrThrow({ where: { number: "P-3" }, select: { id: true } });
    await db.$transaction((tx) =>
      transitionOrder(tx, { orderId: p3.id, to: "CANCELLED", actor: { label: "test" } }),
    );
    expect(await demandTable()).toEqual(await demandByGroupBy());
    const temp = await createOrder("P-TEMP", 5, [{ sku: "TOY-A", qty: 7 }]);
    await db.order.delete({ where: { id: temp.id } });
    expect(await demandTable()).toEqual(await demandByGroupBy());
  });
});

describe("listPickList", () => {
  it("groups by category and subcategory, walking the bins in order", async () => {
    const list = await listPickList({ limit: 60 });
    const walk = list.groups.flatMap((g) =>
      g.subcategories.flatMap((s) => s.skus.map((k) => `${g.category}/${k.binLocation}`)),
    );
    expect(walk).toEqual(["Grocery/A-01", "Home/B-01", "Toys/C-01"]);
    const home = list.groups[1]!.subcategories[0]!.skus[0]!;
    expect(home).toMatchObject({ sku: "HOM-A", qtyOrdered: 4, qtyShort: 1, remaining: 3 });
    expect(home.waiting.map((w) => w.orderNumber)).toEqual(["P-2"]);
  });

  it("filters by category, finds a scanned barcode and pages with a cursor", async () => {
    const toys = await listPickList({ limit: 60, category: "Toys" });
    expect(toys.groups.map((g) => g.category)).toEqual(["Toys"]);
    const product = await db.product.findUniqueOrThrow({
      where: { sku: "HOM-A" },
      select: { barcode: true },
    });
    const scanned = await listPickList({ limit: 60, q: product.barcode! });
    expect(scanned.exactSku).toBe("HOM-A");
    const first = await listPickList({ limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listPickList({ limit: 2, cursor: first.nextCursor! });
    const skus = [...first.groups, ...second.groups].flatMap((g) =>
      g.subcategories.flatMap((s) => s.skus.map((k) => k.sku)),
    );
    expect(skus).toEqual(["GRO-A", "HOM-A", "TOY-A"]);
    expect(second.nextCursor).toBeNull();
  });

  it("summarises open demand", async () => {
    const stats = await getPickListStats({ pickerId: picker.id });
    expect(stats).toMatchObject({ skusToPick: 3, unitsRemaining: 5, pickedByYouToday: 2 });
    expect(stats.categories.map((c) => c.category)).toEqual(["Grocery", "Home", "Toys"]);
  });
});

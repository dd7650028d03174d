import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as undoRoute } from "@/app/api/not-in-stock/undo/route";
import { db } from "@/lib/db";
import { createStaffUser } from "@/lib/testing/floor-fixtures";
import {
  createOrder,
  createPicker,
  createProduct,
  linesOf,
  orderState,
} from "@/lib/testing/picking-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { markNotInStock } from "./mark-not-in-stock";
import { undoNotInStock } from "./undo-not-in-stock";

let picker: { id: string; role: "PICKER" };
let other: { id: string; role: "PICKER" };

beforeAll(async () => {
  picker = { ...(await createPicker("Short taker")), role: "PICKER" };
  other = { ...(await createPicker("Other picker")), role: "PICKER" };
});

const shortsOf = (sku: string) => db.stockException.count({ where: { sku } }).then((n) => n);

async function callUndo(user: { id: string; role: "PICKER" | "OPS" }, body: unknown) {
  const req = pageRequest("/api/not-in-stock/undo", {
    method: "POST",
    cookie: await sessionCookie(user),
    body,
  });
  const res = await undoRoute(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("undoNotInStock", () => {
  it("gives the units back to the same lines, removes the exception and the readiness", async () => {
    await createProduct("US-1");
    await createOrder("US-OLD", 200, [{ sku: "US-1", qty: 2 }]);
    await createOrder("US-NEW", 100, [{ sku: "US-1", qty: 1 }]);
    const clientEventId = randomUUID();
    await markNotInStock({ code: "US-1", qty: 2, clientEventId, reporter: picker });
    expect((await orderState("US-NEW")).readyToPack).toBe(true);

    const undone = await undoNotInStock({ clientEventId, caller: picker });

    expect(undone).toMatchObject({ sku: "US-1", restored: 2, remaining: 3 });
    expect((await linesOf("US-1")).map((l) => l.qtyShort)).toEqual([0, 0]);
    expect(await shortsOf("US-1")).toBe(0);
    expect(await orderState("US-NEW")).toMatchObject({ readyToPack: false, hasShortItems: false });
    const audit = await db.auditLog.count({
      where: { action: "stock_exception.undone", actorId: picker.id },
    });
    expect(audit).toBe(1);
  });

  it("counts a replayed offline short once, and undoes it once", async () => {
    await createProduct("US-2");
    await createOrder("US-2A", 100, [{ sku: "US-2", qty: 3 }]);
    const clientEventId = randomUUID();
    const first = await markNotInStock({ code: "US-2", qty: 1, clientEventId, reporter: picker });
    const again = await markNotInStock({ code: "US-2", qty: 1, clientEventId, reporter: picker });
    expect(again).toMatchObject({ replayed: true, stockExceptionId: first.stockExceptionId });
    expect((await linesOf("US-2"))[0]!.qtyShort).toBe(1);

    await undoNotInStock({ clientEventId, caller: picker });
    await expect(undoNotInStock({ clientEventId, caller: picker })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await linesOf("US-2"))[0]!.qtyShort).toBe(0);
  });

  it("refuses another picker, lets ops undo it", async () => {
    await createProduct("US-3");
    await createOrder("US-3A", 100, [{ sku: "US-3", qty: 2 }]);
    const clientEventId = randomUUID();
    await markNotInStock({ code: "US-3", qty: 1, clientEventId, reporter: picker });

    const refused = await callUndo(other, { clientEventId });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/Only the picker who marked this short/);
    expect((await linesOf("US-3"))[0]!.qtyShort).toBe(1);

    const ops = { ...(await createStaffUser("OPS")), role: "OPS" as const };
    const done = await callUndo(ops, { clientEventId });
    expect(done.status).toBe(200);
    expect((await linesOf("US-3"))[0]!.qtyShort).toBe(0);
  });

  it("refuses once the packer has decided on the short or the order has moved on", async () => {
    await createProduct("US-4");
    await createOrder("US-4A", 100, [{ sku: "US-4", qty: 1 }]);
    await createOrder("US-4B", 90, [{ sku: "US-4", qty: 1 }]);
    const decided = randomUUID();
    await markNotInStock({ code: "US-4", qty: 1, clientEventId: decided, reporter: picker });
    await db.order.update({ where: { number: "US-4B" }, data: { packDecision: "SHIP_PARTIAL" } });
    await expect(undoNotInStock({ clientEventId: decided, caller: picker })).rejects.toThrow(
      /packer already decided how to send order US-4B/,
    );

    const packed = randomUUID();
    await markNotInStock({ code: "US-4", qty: 1, clientEventId: packed, reporter: picker });
    await db.order.update({ where: { number: "US-4A" }, data: { status: "PACKED" } });
    const refused = await callUndo(picker, { clientEventId: packed });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/order US-4A is already packed/);
    expect((await linesOf("US-4")).map((l) => l.qtyShort)).toEqual([1, 1]);
    expect(await shortsOf("US-4")).toBe(2);
  });

  it("explains a body without the short's id", async () => {
    const res = await callUndo(picker, {});
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toMatch(/clientEventId/);
  });

  it("lets only one of two concurrent undos of the same short through", async () => {
    await createProduct("US-5");
    await createOrder("US-5A", 100, [{ sku: "US-5", qty: 4 }]);
    const clientEventId = randomUUID();
    await markNotInStock({ code: "US-5", qty: 3, clientEventId, reporter: picker });
    const results = await Promise.allSettled([
      undoNotInStock({ clientEventId, caller: picker }),
      undoNotInStock({ clientEventId, caller: picker }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await linesOf("US-5"))[0]!.qtyShort).toBe(0);
  });
});

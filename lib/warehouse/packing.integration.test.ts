import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import {
  createPickedOrder,
  createProduct,
  createUser,
  enableFulfilment,
} from "@/lib/testing/packing-fixtures";
import { pdfText } from "@/lib/testing/pdf-text";
import { getPackOrder } from "./get-pack-order";
import { listReadyToPack } from "./list-ready-to-pack";
import { markPacked } from "./mark-packed";
import { recordPackDecision } from "./record-pack-decision";
import { renderPackingSlip } from "./render-packing-slip";
import { verifyPackItem } from "./verify-pack-item";

let packer: { id: string; role: Role };
let tea: { sku: string; barcode: string | null };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function verified(orderId: string) {
  const items = await db.orderItem.findMany({
    where: { orderId },
    orderBy: { sku: "asc" },
    select: { sku: true, qtyVerified: true },
  });
  return Object.fromEntries(items.map((i) => [i.sku, i.qtyVerified]));
}

beforeAll(async () => {
  await enableFulfilment();
  packer = await createUser("PACKER");
  tea = await createProduct("TEA-500", "Assam tea, 500 g");
  await createProduct("RICE-5KG", 'Sona masoori rice, 5 kg "premium"');
  await createProduct("OIL-1L");
});

describe("ready-to-pack queue", () => {
  it("lists ready Processing orders oldest first, page by page, held ones apart", async () => {
    const old = await createPickedOrder("Q-OLD", 300, [{ sku: "TEA-500", ordered: 1, picked: 1 }]);
    const mid = await createPickedOrder("Q-MID", 200, [{ sku: "OIL-1L", ordered: 2, picked: 2 }]);
    const held = await createPickedOrder("Q-HELD", 250, [
      { sku: "TEA-500", ordered: 2, picked: 1, short: 1 },
    ]);
    await db.order.update({ where: { id: held.id }, data: { onHold: true } });
    await createPickedOrder("Q-NOTREADY", 400, [{ sku: "TEA-500", ordered: 2, picked: 1 }], {
      readyToPack: false,
    });
    await createPickedOrder("Q-PACKED", 500, [{ sku: "TEA-500", ordered: 1, picked: 1 }], {
      status: "PACKED",
    });

    const first = await listReadyToPack({ limit: 1, held: false });
    expect(first.items.map((o) => o.number)).toEqual(["Q-OLD"]);
    expect(first.items[0]).toMatchObject({ lines: 1, unitsPicked: 1, unitsVerified: 0 });
    const second = await listReadyToPack({ limit: 1, held: false, cursor: first.nextCursor! });
    expect(second.items.map((o) => o.number)).toEqual(["Q-MID"]);
    const heldPage = await listReadyToPack({ limit: 10, held: true });
    expect(heldPage.items.map((o) => o.number)).toContain("Q-HELD");
    expect(heldPage.items.map((o) => o.number)).not.toContain("Q-OLD");
    await db.order.deleteMany({ where: { id: { in: [old.id, mid.id, held.id] } } });
  });
});

describe("verify by scanning", () => {
  it("counts a scan by SKU (any case) or barcode, up to the picked quantity", async () => {
    const order = await createPickedOrder("V-1", 60, [
      { sku: "TEA-500", ordered: 2, picked: 2 },
      { sku: "RICE-5KG", ordered: 1, picked: 1 },
    ]);
    const bySku = await verifyPackItem({ orderId: order.id, code: " tea-500 ", viewer: packer });
    expect(bySku).toMatchObject({
      sku: "TEA-500",
      qtyVerified: 1,
      qtyPicked: 2,
      allVerified: false,
    });
    await verifyPackItem({ orderId: order.id, code: tea.barcode!, viewer: packer });
    const last = await verifyPackItem({ orderId: order.id, code: "RICE-5KG", viewer: packer });
    expect(last.allVerified).toBe(true);
    expect(await verified(order.id)).toEqual({ "RICE-5KG": 1, "TEA-500": 2 });
  });

  it("rejects a wrong item loudly and records nothing", async () => {
    const order = await createPickedOrder("V-2", 60, [{ sku: "TEA-500", ordered: 1, picked: 1 }]);
    const error = await rejection(
      verifyPackItem({ orderId: order.id, code: "OIL-1L", viewer: packer }),
    );
    expect(error.status).toBe(422);
    expect(error.message).toBe("Wrong item: OIL-1L is not in order V-2.");
    expect(error.details).toMatchObject({ reason: "WRONG_ITEM" });
    expect(await verified(order.id)).toEqual({ "TEA-500": 0 });
  });

  it("rejects one too many and a unit that was marked short", async () => {
    const order = await createPickedOrder("V-3", 60, [
      { sku: "TEA-500", ordered: 1, picked: 1 },
      { sku: "OIL-1L", ordered: 1, picked: 0, short: 1 },
    ]);
    await verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: packer });
    const tooMany = await rejection(
      verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: packer }),
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.details).toMatchObject({ reason: "TOO_MANY" });
    const short = await rejection(
      verifyPackItem({ orderId: order.id, code: "OIL-1L", viewer: packer }),
    );
    expect(short.details).toMatchObject({ reason: "SHORT_ITEM" });
    expect(await verified(order.id)).toEqual({ "OIL-1L": 0, "TEA-500": 1 });
  });

  it("never counts more than picked when scans race", async () => {
    const order = await createPickedOrder("V-4", 60, [{ sku: "RICE-5KG", ordered: 3, picked: 3 }]);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        verifyPackItem({ orderId: order.id, code: "RICE-5KG", viewer: packer }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await verified(order.id)).toEqual({ "RICE-5KG": 3 });
  });

  it("refuses orders that are not at the packing station", async () => {
    const order = await createPickedOrder("V-5", 60, [{ sku: "TEA-500", ordered: 2, picked: 1 }], {
      readyToPack: false,
    });
    const ops = await createUser("OPS");
    const error = await rejection(
      verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: ops }),
    );
    expect(error.code).toBe("CONFLICT");
    // A packer is not shown the order at all (packer-visibility.ts).
    const hidden = await rejection(
      verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: packer }),
    );
    expect(hidden.code).toBe("NOT_FOUND");
  });
});

describe("mark packed", () => {
  it("needs every picked unit verified, then moves Processing → Packed once", async () => {
    const order = await createPickedOrder("P-1", 60, [{ sku: "TEA-500", ordered: 2, picked: 2 }]);
    await verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: packer });
    const early = await rejection(markPacked({ orderId: order.id, viewer: packer }));
    expect(early.status).toBe(409);
    expect(early.message).toMatch(/TEA-500 1\/2 still to verify/);
    await verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: packer });

    const packed = await markPacked({ orderId: order.id, viewer: packer, expectedVersion: 1 });
    expect(packed).toMatchObject({ status: "PACKED", alreadyPacked: false, version: 2 });
    const again = await markPacked({ orderId: order.id, viewer: packer, expectedVersion: 1 });
    expect(again).toMatchObject({ alreadyPacked: true, version: 2 });

    const history = await db.orderStatusHistory.findMany({ where: { orderId: order.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      fromStatus: "PROCESSING",
      toStatus: "PACKED",
      actorId: packer.id,
    });
    const events = await db.outboxEvent.count({
      where: { aggregateId: order.id, type: "OrderStatusChanged" },
    });
    expect(events).toBe(1);
  });

  it("answers 409 to a stale version and changes nothing", async () => {
    const order = await createPickedOrder("P-2", 60, [{ sku: "OIL-1L", ordered: 1, picked: 1 }]);
    await verifyPackItem({ orderId: order.id, code: "OIL-1L", viewer: packer });
    const stale = await rejection(
      markPacked({ orderId: order.id, viewer: packer, expectedVersion: 7 }),
    );
    expect(stale.code).toBe("STALE_VERSION");
    expect(stale.status).toBe(409);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(
      "PROCESSING",
    );
  });

  it("needs a decision for shorts: hold keeps it out, ship partial packs it", async () => {
    const order = await createPickedOrder("P-3", 60, [
      { sku: "TEA-500", ordered: 2, picked: 1, short: 1 },
      { sku: "RICE-5KG", ordered: 1, picked: 1 },
    ]);
    await verifyPackItem({ orderId: order.id, code: "TEA-500", viewer: packer });
    await verifyPackItem({ orderId: order.id, code: "RICE-5KG", viewer: packer });
    const undecided = await rejection(markPacked({ orderId: order.id, viewer: packer }));
    expect(undecided.details).toMatchObject({ reason: "DECISION_REQUIRED" });

    await recordPackDecision({
      orderId: order.id,
      decision: "HOLD",
      reason: "Ask customer",
      viewer: packer,
    });
    const held = await rejection(markPacked({ orderId: order.id, viewer: packer }));
    expect(held.message).toMatch(/on hold/);
    expect(
      (await listReadyToPack({ limit: 50, held: false })).items.map((o) => o.number),
    ).not.toContain("P-3");

    const partial = await recordPackDecision({
      orderId: order.id,
      decision: "SHIP_PARTIAL",
      reason: "Customer agreed on the phone",
      viewer: packer,
    });
    expect(partial).toMatchObject({ onHold: false, packDecision: "SHIP_PARTIAL" });
    await markPacked({ orderId: order.id, viewer: packer, expectedVersion: partial.version });
    const view = await getPackOrder({ orderId: order.id, viewer: packer });
    expect(view).toMatchObject({
      status: "PACKED",
      packDecision: "SHIP_PARTIAL",
      packDecisionReason: "Customer agreed on the phone",
    });
    const audit = await db.auditLog.count({
      where: { entityId: order.id, action: "order.pack_decision" },
    });
    expect(audit).toBe(2);
  });

  it("refuses a decision when nothing is short, and packing when nothing was picked", async () => {
    const full = await createPickedOrder("P-4", 60, [{ sku: "OIL-1L", ordered: 1, picked: 1 }]);
    const noDecision = await rejection(
      recordPackDecision({
        orderId: full.id,
        decision: "HOLD",
        reason: "why not",
        viewer: packer,
      }),
    );
    expect(noDecision.message).toMatch(/no short items/);
    const empty = await createPickedOrder("P-5", 60, [
      { sku: "OIL-1L", ordered: 1, picked: 0, short: 1 },
    ]);
    await recordPackDecision({
      orderId: empty.id,
      decision: "SHIP_PARTIAL",
      reason: "try",
      viewer: packer,
    });
    const nothing = await rejection(markPacked({ orderId: empty.id, viewer: packer }));
    expect(nothing.details).toMatchObject({ reason: "NOTHING_PICKED" });
  });
});

describe("packing slip", () => {
  it("is a real PDF with the order number, address, COD amount, items and shorts", async () => {
    const order = await createPickedOrder(
      "PL-777001",
      60,
      [
        { sku: "TEA-500", ordered: 2, picked: 1, short: 1 },
        { sku: "RICE-5KG", ordered: 1, picked: 1 },
      ],
      { cod: true },
    );
    const pdf = await renderPackingSlip(await getPackOrder({ orderId: order.id, viewer: packer }));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.subarray(-6).toString()).toMatch(/%%EOF/);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const expected of [
      "PACKING SLIP",
      "Order PL-777001",
      "12, MG Road",
      "Bengaluru, Karnataka 560001",
      // ₹450 ordered, one ₹150 unit short: only what is in the box is collected
      "CASH ON DELIVERY: COLLECT Rs. 300.00",
      "TEA-500",
      "RICE-5KG",
      "SHORT 1, not in box",
    ])
      expect(text).toContain(expected);
    // The order number is drawn as a Code 128 barcode image.
    expect(pdf.toString("latin1")).toMatch(/\/Subtype \/Image/);
  });
});

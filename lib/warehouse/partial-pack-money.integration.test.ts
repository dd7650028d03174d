import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as cancelRoute } from "@/app/api/orders/[id]/cancel/route";
import { POST as decisionRoute } from "@/app/api/orders/[id]/pack-decision/route";
import { POST as markPackedRoute } from "@/app/api/orders/[id]/mark-packed/route";
import { PATCH as addressRoute } from "@/app/api/orders/[id]/address/route";
import { db } from "@/lib/db";
import { getOrderDetail } from "@/lib/orders/get-order-detail";
import { bookShipment } from "@/lib/shipping/book-shipment";
import { setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { createProduct, createUser, enableFulfilment } from "@/lib/testing/packing-fixtures";
import { pdfText } from "@/lib/testing/pdf-text";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { getPackOrder } from "./get-pack-order";
import { renderPackingSlip } from "./render-packing-slip";

// A short order packed partial, end to end through the routes the station calls: the amount
// the courier is told to collect (read back from the sandbox courier), the slip, the order row,
// the order page and the status history all say what is in the box. The issue's own figures:
// ₹2,244 ordered, a ₹449 item short, ₹1,795 to collect.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let packer: { id: string; role: "PACKER" };
let cookie = "";
let boxId = "";
let seq = 0;

beforeAll(async () => {
  sandbox = await startSandbox();
  await setUpShiprocketBooking(sandbox.url);
  await enableFulfilment();
  await createProduct("DUP-SLK", "Silk dupatta");
  packer = (await createUser("PACKER")) as typeof packer;
  cookie = await sessionCookie(packer);
  boxId = (
    await db.boxPreset.create({
      data: { name: "Box M", lengthCm: 30, breadthCm: 22, heightCm: 12, boxWeightGrams: 180 },
    })
  ).id;
});
afterAll(() => sandbox.stop());

/** Processing, every item picked, scanned at the station or short: ready for a decision. */
async function shortOrder(cod: boolean, picked: { bottle: number; dupatta: number }) {
  seq += 1;
  const products = await db.product.findMany({
    where: { sku: { in: ["SKU-1", "DUP-SLK"] } },
    select: { id: true, sku: true },
  });
  const id = (sku: string) => products.find((p) => p.sku === sku)!.id;
  const line = (sku: string, title: string, price: number, pickedQty: number) => ({
    productId: id(sku),
    sku,
    title,
    unitPricePaise: price,
    qtyOrdered: 1,
    qtyPicked: pickedQty,
    qtyVerified: pickedQty,
    qtyShort: 1 - pickedQty,
    orderPlacedAt: new Date(),
  });
  return db.order.create({
    data: {
      source: "MANUAL",
      externalId: `money-${seq}`,
      number: `PL-M${seq}`,
      customerName: "Asha Rao",
      customerPhone: "9123456780",
      addressLine1: "4 MG Road",
      city: "Mumbai",
      state: "Maharashtra",
      pincode: "400001",
      paymentMethod: cod ? "COD" : "PREPAID",
      paymentStatus: cod ? "PENDING" : "PAID",
      subtotalPaise: 224_400,
      totalPaise: 224_400,
      codAmountPaise: cod ? 224_400 : 0,
      status: "PROCESSING",
      readyToPack: true,
      hasShortItems: picked.bottle + picked.dupatta < 2,
      items: {
        create: [
          line("SKU-1", "Steel bottle", 179_500, picked.bottle),
          line("DUP-SLK", "Silk dupatta", 44_900, picked.dupatta),
        ],
      },
    },
    select: { id: true, number: true },
  });
}

const call = async (
  handler: typeof markPackedRoute,
  orderId: string,
  path: string,
  body: unknown,
  method = "POST",
) => {
  const res = await handler(
    pageRequest(`/api/orders/${orderId}/${path}`, { method, cookie, body }),
    {
      params: Promise.resolve({ id: orderId }),
    },
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function packPartial(orderId: string) {
  const decided = await call(decisionRoute, orderId, "pack-decision", {
    decision: "SHIP_PARTIAL",
    reason: "Customer agreed on the phone",
  });
  expect(decided.status).toBe(200);
  const version = (await db.order.findUniqueOrThrow({ where: { id: orderId } })).version;
  return call(markPackedRoute, orderId, "mark-packed", {
    expectedVersion: version,
    weightGrams: 1250,
    boxPresetId: boxId,
  });
}

async function courierBody(orderId: string) {
  const booked = await bookShipment({ orderId, actor: { label: "test" } });
  expect(booked.outcome).toBe("BOOKED");
  const awb = (booked as { awb: string }).awb;
  const answer = (await control(
    sandbox.url,
    `/_control/shiprocket/order-body?awb=${encodeURIComponent(awb)}`,
    undefined,
    "GET",
  )) as { body: Record<string, unknown> };
  return answer.body;
}

describe("a COD order packed with an item short", () => {
  it("tells the courier, the slip, the order and its history to collect what is in the box", async () => {
    const order = await shortOrder(true, { bottle: 1, dupatta: 0 });
    const slipBefore = pdfText(
      await renderPackingSlip(await getPackOrder({ orderId: order.id, viewer: packer })),
    );
    expect(slipBefore).toContain("COLLECT Rs. 1,795.00");
    expect(slipBefore).not.toMatch(/refund/i);

    const packed = await packPartial(order.id);
    expect(packed.status).toBe(200);
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({
      status: "PACKED",
      codAmountPaise: 179_500,
      codOrderedPaise: 224_400,
      refundDuePaise: 0,
      packedWeightGrams: 1250,
      packedBoxName: "Box M",
      packedLengthCm: 30,
    });
    const history = await db.orderStatusHistory.findFirstOrThrow({
      where: { orderId: order.id, toStatus: "PACKED" },
    });
    expect(history.reason).toBe(
      "Packed partial: short items worth Rs. 449.00 not shipped; COD to collect Rs. 2,244.00 → Rs. 1,795.00.",
    );
    // the slip reprinted after packing says the same, not a second reduction
    const slipAfter = pdfText(
      await renderPackingSlip(await getPackOrder({ orderId: order.id, viewer: packer })),
    );
    expect(slipAfter).toContain("COLLECT Rs. 1,795.00");
    const page = await getOrderDetail({ orderId: order.id });
    expect(page).toMatchObject({ codAmountPaise: 179_500, codOrderedPaise: 224_400 });

    const body = await courierBody(order.id);
    expect(body).toMatchObject({
      payment_method: "COD",
      sub_total: 1795,
      weight: 1.25,
      length: 30,
      breadth: 22,
      height: 12,
    });
    expect((body.order_items as { sku: string }[]).map((i) => i.sku)).toEqual(["SKU-1"]);
    const shipment = await db.shipment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(shipment.weightGrams).toBe(1250);
    expect(Number(shipment.lengthCm)).toBe(30);
  });

  it("refuses a weight lighter than the empty box, and a box no longer offered, with a sentence", async () => {
    const order = await shortOrder(true, { bottle: 1, dupatta: 1 });
    const version = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).version;
    const light = await call(markPackedRoute, order.id, "mark-packed", {
      expectedVersion: version,
      weightGrams: 90,
      boxPresetId: boxId,
    });
    expect(light.status).toBe(422);
    expect(light.body.detail).toBe(
      "90 g is less than the empty Box M box weighs (180 g): weigh the sealed parcel again.",
    );
    const gone = await call(markPackedRoute, order.id, "mark-packed", {
      expectedVersion: version,
      weightGrams: 900,
      boxPresetId: "no-such-box",
    });
    expect(gone.body.detail).toBe("That box size is no longer offered. Choose another box.");
    const half = await call(markPackedRoute, order.id, "mark-packed", { weightGrams: 900 });
    expect(half.status).toBe(422);
    expect(half.body.errors).toMatchObject({
      boxPresetId: ["Give both the weight and the box size, or neither"],
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(
      "PROCESSING",
    );
  });
});

describe("a prepaid order packed with an item short", () => {
  it("records the refund owed, on the slip, the order and its history, and books it prepaid", async () => {
    const order = await shortOrder(false, { bottle: 1, dupatta: 0 });
    expect((await packPartial(order.id)).status).toBe(200);
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ codAmountPaise: 0, refundDuePaise: 44_900 });
    const history = await db.orderStatusHistory.findFirstOrThrow({
      where: { orderId: order.id, toStatus: "PACKED" },
    });
    expect(history.reason).toBe(
      "Packed partial: short items worth Rs. 449.00 not shipped; refund due to the customer Rs. 449.00.",
    );
    const slip = pdfText(
      await renderPackingSlip(await getPackOrder({ orderId: order.id, viewer: packer })),
    );
    expect(slip).toContain("Rs. 449.00 will be refunded to you.");
    expect((await getOrderDetail({ orderId: order.id })).refundDuePaise).toBe(44_900);
    expect(await courierBody(order.id)).toMatchObject({
      payment_method: "Prepaid",
      sub_total: 1795,
    });
  });
});

describe("a Processing order with picked units cancelled from the order page", () => {
  it("opens put-back tasks and says the address no longer changes because it is cancelled", async () => {
    const order = await shortOrder(true, { bottle: 1, dupatta: 0 });
    const ops = await createUser("OPS");
    cookie = await sessionCookie(ops);
    const before = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).version;
    const cancelled = await call(cancelRoute, order.id, "cancel", {
      reason: "Customer cancelled",
      expectedVersion: before,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.unitsToPutBack).toBe(1);
    const tasks = await db.putBackTask.findMany({ where: { orderId: order.id } });
    expect(tasks.map((t) => [t.sku, t.quantity, t.status])).toEqual([["SKU-1", 1, "OPEN"]]);
    const version = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).version;
    const address = await call(
      addressRoute,
      order.id,
      "address",
      {
        expectedVersion: version,
        customerName: "Asha Rao",
        customerPhone: "9123456780",
        addressLine1: "5 MG Road",
        city: "Mumbai",
        state: "Maharashtra",
        pincode: "400001",
      },
      "PATCH",
    );
    expect(address.status).toBe(409);
    expect(address.body.detail).toBe(
      "This order is cancelled: there is no parcel to send, so its address no longer changes.",
    );
  });
});

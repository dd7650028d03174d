import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queue } from "@/lib/jobs/boss";
import { importOrderBatch } from "@/lib/orders/import/import-order-batch";
import type { ImportedOrder } from "@/lib/orders/import/normalize-store-page";
import { postRazorpayWebhook, razorpayEventBody } from "@/lib/testing/razorpay-fixtures";
import { setRazorpayWebhookSecret } from "./set-razorpay-webhook-secret";

const SECRET = "waiting-secret";

beforeAll(() => setRazorpayWebhookSecret({ secret: SECRET, actorId: null }));
afterAll(async () => {
  const boss = await queue();
  await boss.stop({ graceful: false, wait: true });
});

async function deliverCapture(paymentId: string, receipt: string, amount: number) {
  const body = razorpayEventBody(
    "order.paid",
    { id: paymentId, amount, status: "captured", order_id: `order_${paymentId}` },
    { id: `order_${paymentId}`, amount, amount_paid: amount, receipt },
  );
  const reply = await postRazorpayWebhook(body, SECRET, {
    "x-razorpay-event-id": `evt_${paymentId}`,
  });
  return reply.status;
}

function storeOrder(number: string, totalPaise: number): ImportedOrder {
  return {
    externalId: `ext-${number}`,
    number,
    storeStatus: "processing",
    placedAt: new Date(),
    updatedAt: new Date(),
    customerName: "Meera Iyer",
    customerEmail: null,
    customerPhone: "+919845012345",
    addressLine1: "12, MG Road",
    addressLine2: null,
    landmark: null,
    city: "Bengaluru",
    state: "Karnataka",
    pincode: "560001",
    paymentMethod: "PREPAID",
    paymentStatus: "PENDING",
    subtotalPaise: totalPaise,
    shippingPaise: 0,
    discountPaise: 0,
    taxPaise: 0,
    totalPaise,
    lines: [
      {
        sku: `SKU-${number}`,
        title: "Filter coffee, 500 g",
        category: "Grocery",
        subcategory: null,
        imageUrl: null,
        weightGrams: 500,
        qty: 1,
        unitPricePaise: totalPaise,
      },
    ],
  };
}

describe("a payment that arrives before its order", () => {
  it("waits with the order number it names and pays the order when the import brings it", async () => {
    expect(await deliverCapture("pay_W1", "WAIT-1001", 64900)).toBe(200);
    expect(
      await db.payment.findFirstOrThrow({
        where: { providerPaymentId: "pay_W1" },
        select: { orderId: true, orderRef: true, status: true },
      }),
    ).toEqual({ orderId: null, orderRef: "WAIT-1001", status: "PAID" });
    const incident = await db.incident.findFirstOrThrow({
      where: { category: "PAYMENT", title: { contains: "pay_W1" } },
      select: { id: true, resolvedAt: true },
    });
    expect(incident.resolvedAt).toBeNull();

    const result = await importOrderBatch([storeOrder("WAIT-1001", 64900)], {});
    expect(result.created).toBe(1);

    const order = await db.order.findUniqueOrThrow({
      where: { number: "WAIT-1001" },
      select: { id: true, paymentStatus: true, status: true },
    });
    expect(order).toMatchObject({ paymentStatus: "PAID", status: "PLACED" });
    expect(
      await db.payment.findFirstOrThrow({
        where: { providerPaymentId: "pay_W1" },
        select: { orderId: true },
      }),
    ).toEqual({ orderId: order.id });
    expect(
      await db.outboxEvent.count({ where: { type: "OrderPlaced", aggregateId: order.id } }),
    ).toBe(1);
    expect(
      await db.incident.findUniqueOrThrow({
        where: { id: incident.id },
        select: { orderId: true, resolvedBy: true },
      }),
    ).toEqual({ orderId: order.id, resolvedBy: "store-sync" });
  });

  it("links once whichever of payment and import commits first, when both race", async () => {
    const [status, result] = await Promise.all([
      deliverCapture("pay_W2", "WAIT-1002", 12000),
      importOrderBatch([storeOrder("WAIT-1002", 12000)], {}),
    ]);
    expect(status).toBe(200);
    expect(result.created).toBe(1);
    const order = await db.order.findUniqueOrThrow({
      where: { number: "WAIT-1002" },
      select: { id: true, paymentStatus: true },
    });
    expect(order.paymentStatus).toBe("PAID");
    expect(
      await db.payment.findFirstOrThrow({
        where: { providerPaymentId: "pay_W2" },
        select: { orderId: true },
      }),
    ).toEqual({ orderId: order.id });
    expect(
      await db.outboxEvent.count({ where: { type: "OrderPlaced", aggregateId: order.id } }),
    ).toBe(1);
  });

  it("leaves an order that pays less than its total unpaid, with an incident", async () => {
    expect(await deliverCapture("pay_W3", "WAIT-1003", 100)).toBe(200);
    await importOrderBatch([storeOrder("WAIT-1003", 50000)], {});
    const order = await db.order.findUniqueOrThrow({
      where: { number: "WAIT-1003" },
      select: { id: true, paymentStatus: true },
    });
    expect(order.paymentStatus).toBe("PENDING");
    expect(
      await db.incident.count({
        where: { orderId: order.id, title: { contains: "less than the order total" } },
      }),
    ).toBe(1);
  });
});

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type {
  PaymentMethod,
  ShipmentDirection,
  ShipmentStatus,
} from "@/lib/generated/prisma/enums";

// A shipped order with two lines (two units of A at ₹199, one of B at ₹500, ₹49 shipping) and
// its parcel in a given state, written straight to the database as production would hold them.
export async function createParcelFixture(options: {
  shipmentStatus: ShipmentStatus;
  orderStatus?: "SHIPPED" | "DELIVERED";
  direction?: ShipmentDirection;
  paymentMethod?: PaymentMethod;
}) {
  const tag = randomUUID().slice(0, 8);
  const placedAt = new Date();
  const [a, b] = await Promise.all(
    ["A", "B"].map((letter) =>
      db.product.create({
        data: {
          sku: `RCV-${letter}-${tag}`,
          title: `Returnable ${letter}`,
          category: "Test",
          pricePaise: letter === "A" ? 19_900 : 50_000,
          binLocation: `R-${letter}-01`,
        },
        select: { id: true, sku: true, title: true, pricePaise: true },
      }),
    ),
  );
  const order = await db.order.create({
    data: {
      source: "MANUAL",
      externalId: `rcv-${tag}`,
      number: `PL-R${tag.toUpperCase()}`,
      customerName: "Asha Rao",
      customerPhone: "+919812345678",
      addressLine1: "12, MG Road",
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560001",
      paymentMethod: options.paymentMethod ?? "PREPAID",
      paymentStatus: options.paymentMethod === "COD" ? "PENDING" : "PAID",
      subtotalPaise: 89_800,
      shippingPaise: 4_900,
      totalPaise: 94_700,
      status: options.orderStatus ?? "SHIPPED",
      deliveredAt: options.orderStatus === "DELIVERED" ? new Date() : null,
      placedAt,
      items: {
        create: [a!, b!].map((p, i) => ({
          productId: p.id,
          sku: p.sku,
          title: p.title,
          unitPricePaise: p.pricePaise ?? 0,
          qtyOrdered: i === 0 ? 2 : 1,
          qtyPicked: i === 0 ? 2 : 1,
          orderPlacedAt: placedAt,
        })),
      },
    },
    select: {
      id: true,
      number: true,
      items: { select: { id: true, sku: true }, orderBy: { id: "asc" } },
    },
  });
  const direction = options.direction ?? "FORWARD";
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      direction,
      idempotencyKey: `${order.id}:${direction}:1`,
      awb: `AWB${tag}${direction[0]}`,
      status: options.shipmentStatus,
    },
    select: { id: true, awb: true },
  });
  return { order, shipment, items: order.items };
}

/** A captured Razorpay payment of the order, as the payment webhook records it. */
export async function recordCapturedPayment(orderId: string, amountPaise: number) {
  const providerPaymentId = `pay_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
  await db.payment.create({
    data: {
      orderId,
      providerPaymentId,
      amountPaise,
      status: "PAID",
      capturedAt: new Date(),
      raw: {},
    },
  });
  return providerPaymentId;
}

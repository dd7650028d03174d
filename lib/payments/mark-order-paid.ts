import type { Tx } from "@/lib/db";
import { emitEvent } from "@/lib/events/emit-event";
import { FLAGS, isFeatureEnabled } from "@/lib/flags/is-feature-enabled";
import type { OrderStatus, PaymentStatus } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { BOOK_SHIPMENT_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { orderPlacedPayload } from "@/lib/orders/import/insert-imported-orders";
import { scoreIfUnscored } from "@/lib/risk/score-if-unscored";

export type MarkPaidOutcome = "paid" | "already-paid" | "underpaid" | "order-closed";

/**
 * A captured payment makes its order paid: under the order's row lock, once. Only the first
 * capture emits OrderPlaced and (when auto-booking is on) queues the shipment booking, in the
 * same transaction, so a redelivered or out-of-order event changes nothing.
 */
export async function markOrderPaid(
  tx: Tx,
  input: { orderId: string; amountPaise: number; paymentId: string },
): Promise<MarkPaidOutcome> {
  const [order] = await tx.$queryRaw<
    {
      id: string;
      number: string;
      source: string;
      externalId: string;
      status: OrderStatus;
      paymentStatus: PaymentStatus;
      paymentMethod: string;
      totalPaise: number;
      placedAt: Date;
    }[]
  >`SELECT id, number, source::text AS source, "externalId", status, "paymentStatus",
           "paymentMethod"::text AS "paymentMethod", "totalPaise", "placedAt"
    FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
  if (!order) throw new Error(`Order ${input.orderId} vanished while recording its payment`);
  if (order.paymentStatus === "PAID" || order.paymentStatus === "REFUNDED") return "already-paid";
  if (input.amountPaise < order.totalPaise) {
    await createIncident(
      {
        category: "PAYMENT",
        severity: "HIGH",
        stage: "razorpay-webhook",
        title: `Payment ${input.paymentId} for order ${order.number} is less than the order total`,
        orderId: order.id,
        context: { paidPaise: input.amountPaise, totalPaise: order.totalPaise },
      },
      tx,
    );
    return "underpaid";
  }
  await tx.order.update({
    where: { id: order.id },
    data: { paymentStatus: "PAID", version: { increment: 1 } },
    select: { id: true },
  });
  if (order.status !== "PLACED") {
    // Paid after it was cancelled (or returned): the money has to go back; ops decides.
    await createIncident(
      {
        category: "PAYMENT",
        severity: order.status === "CANCELLED" ? "HIGH" : "MEDIUM",
        stage: "razorpay-webhook",
        title: `Order ${order.number} was paid while ${order.status.toLowerCase()}`,
        orderId: order.id,
        context: { paymentId: input.paymentId, status: order.status },
      },
      tx,
    );
    return "order-closed";
  }
  await scoreIfUnscored(tx, order.id);
  await emitEvent(tx, {
    type: "OrderPlaced",
    aggregateType: "Order",
    aggregateId: order.id,
    payload: orderPlacedPayload({ ...order, paymentStatus: "PAID" }),
  });
  if (await isFeatureEnabled(FLAGS.autoBook)) {
    await sendJob(
      BOOK_SHIPMENT_JOB,
      { orderId: order.id },
      { tx, singletonKey: `book:${order.id}` },
    );
  }
  return "paid";
}

/** A failed payment marks an order still awaiting payment as failed (a later capture pays it). */
export async function markOrderPaymentFailed(tx: Tx, orderId: string): Promise<void> {
  await tx.order.updateMany({
    where: { id: orderId, paymentStatus: "PENDING" },
    data: { paymentStatus: "FAILED" },
  });
}

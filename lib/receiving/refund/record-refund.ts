import { db, type Tx } from "@/lib/db";
import { emitEvent } from "@/lib/events/emit-event";
import type { RazorpayRefund } from "@/lib/payments/razorpay-api";

/**
 * Records Razorpay's refund, only if this run still holds the claim (status CALLING with its
 * token): a run that lost its claim to a retry writes nothing. In the same transaction the
 * "refund issued" outbox event is written, and the payment and order are marked refunded once
 * everything paid has gone back.
 */
export async function recordRefund(input: {
  refundId: string;
  runId: string;
  refund: RazorpayRefund;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const issuedAt = new Date(input.refund.created_at * 1000);
    const changed = await tx.refund.updateMany({
      where: { id: input.refundId, status: "CALLING", claimToken: input.runId },
      data: { status: "ISSUED", providerRefundId: input.refund.id, issuedAt, failureReason: null },
    });
    if (changed.count === 0) return false;
    const row = await tx.refund.findUniqueOrThrow({
      where: { id: input.refundId },
      select: {
        orderId: true,
        receipt: { select: { shipmentId: true } },
        amountPaise: true,
        providerPaymentId: true,
        order: { select: { number: true } },
      },
    });
    await emitEvent(tx, {
      type: "RefundIssued",
      aggregateType: "Order",
      aggregateId: row.orderId,
      payload: {
        orderId: row.orderId,
        orderNumber: row.order.number,
        // customer messages are planned per parcel (lib/notify/customer)
        shipmentId: row.receipt.shipmentId,
        refundId: input.refundId,
        amountPaise: row.amountPaise,
        razorpayRefundId: input.refund.id,
      },
    });
    await markFullyRefunded(tx, row.providerPaymentId ?? "", row.orderId);
    return true;
  });
}

async function markFullyRefunded(tx: Tx, paymentId: string, orderId: string) {
  const payment = await tx.payment.findFirst({
    where: { provider: "razorpay", providerPaymentId: paymentId },
    select: { id: true, amountPaise: true },
  });
  const issued = await tx.refund.aggregate({
    where: { providerPaymentId: paymentId, status: "ISSUED" },
    _sum: { amountPaise: true },
  });
  if (!payment || (issued._sum.amountPaise ?? 0) < payment.amountPaise) return;
  await tx.payment.update({ where: { id: payment.id }, data: { status: "REFUNDED" } });
  await tx.order.update({ where: { id: orderId }, data: { paymentStatus: "REFUNDED" } });
}

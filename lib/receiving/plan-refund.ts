import type { Tx } from "@/lib/db";
import { sendJob } from "@/lib/jobs/send-job";
import { ISSUE_REFUND_JOB } from "@/lib/jobs/queue-names";
import type { CheckedLine } from "./check-receipt-lines";
import { refundFor } from "./refund-policy";

export interface PlannedRefund {
  status: "PENDING" | "FAILED" | "OWED";
  amountPaise: number;
}

/** The refund's key per receipt: unique, and a valid X-Refund-Idempotency (10+ of [A-Za-z0-9_-]). */
export const refundKey = (receiptId: string) => `receipt_${receiptId}`;

/**
 * Decides, inside the receipt's transaction, what goes back to the customer, and writes it as
 * the receipt's one Refund row (unique receiptId). Prepaid: a PENDING row and the refund job,
 * queued in the same transaction so it exists only if the receipt does; the Razorpay call
 * happens in the job, never here. COD: the customer paid cash only if the parcel was delivered
 * (a return); an RTO'd COD parcel was never paid for, so nothing is owed.
 */
export async function planRefund(
  tx: Tx,
  input: { receiptId: string; orderId: string; lines: CheckedLine[] },
): Promise<PlannedRefund | null> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: {
      paymentMethod: true,
      paymentStatus: true,
      subtotalPaise: true,
      shippingPaise: true,
      totalPaise: true,
      deliveredAt: true,
      payments: {
        where: { provider: "razorpay", status: { in: ["PAID", "REFUNDED"] } },
        select: { providerPaymentId: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  });
  const { amountPaise, basis } = refundFor(input.lines, order);
  if (amountPaise <= 0) return null;
  const base = {
    receiptId: input.receiptId,
    orderId: input.orderId,
    idempotencyKey: refundKey(input.receiptId),
    method: order.paymentMethod,
    amountPaise,
    basis,
  };
  if (order.paymentMethod === "COD") {
    if (!order.deliveredAt) return null;
    await tx.refund.create({ data: { ...base, status: "OWED" } });
    return { status: "OWED", amountPaise };
  }
  const payment = order.payments[0];
  if (!payment) {
    const failureReason =
      "No captured Razorpay payment is recorded for this order, so Packline cannot refund it; refund it from Razorpay's dashboard.";
    await tx.refund.create({ data: { ...base, status: "FAILED", failureReason } });
    return { status: "FAILED", amountPaise };
  }
  const refund = await tx.refund.create({
    data: { ...base, status: "PENDING", providerPaymentId: payment.providerPaymentId },
    select: { id: true },
  });
  await queueRefundJob(tx, refund.id);
  return { status: "PENDING", amountPaise };
}

/** Queues the refund's job in `tx` and notes which job it is, for the sweep (fail-ended-refunds.ts). */
export async function queueRefundJob(tx: Tx, refundId: string): Promise<void> {
  const jobId = await sendJob(ISSUE_REFUND_JOB, { refundId }, { tx, singletonKey: refundId });
  await tx.refund.update({ where: { id: refundId }, data: { jobId }, select: { id: true } });
}

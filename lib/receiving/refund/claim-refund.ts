import { db, type Tx } from "@/lib/db";
import { formatRupees } from "@/lib/warehouse/format";

/** How long a run's claim holds against another job; a retry of the same job takes it over. */
export const REFUND_LEASE_MS = 5 * 60_000;

export type RefundClaim =
  | {
      kind: "claimed";
      refundId: string;
      key: string;
      paymentId: string;
      amountPaise: number;
      orderNumber: string;
      /** an earlier run may have reached Razorpay: list the payment's refunds before calling */
      mayExist: boolean;
    }
  | { kind: "done" }
  | { kind: "busy" }
  | { kind: "refused"; reason: string };

/**
 * Claims a refund for one run, under its row lock, before any call to Razorpay: PENDING, or
 * CALLING left by an earlier attempt of this job (its claimToken) or by a run whose lease has
 * run out. Refuses, as FAILED with a sentence, a refund larger than what the payment has left
 * (captured minus what Packline already refunded or is refunding of it). Commits before the call.
 */
export async function claimRefund(input: {
  refundId: string;
  runId: string;
}): Promise<RefundClaim> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Refund" WHERE id = ${input.refundId} FOR UPDATE`;
    const refund = await tx.refund.findUnique({
      where: { id: input.refundId },
      select: {
        status: true,
        attempts: true,
        claimToken: true,
        claimedAt: true,
        amountPaise: true,
        idempotencyKey: true,
        providerPaymentId: true,
        order: { select: { number: true } },
      },
    });
    if (!refund || !["PENDING", "CALLING"].includes(refund.status)) return { kind: "done" };
    const leaseOver = (refund.claimedAt?.getTime() ?? 0) + REFUND_LEASE_MS < Date.now();
    if (refund.status === "CALLING" && refund.claimToken !== input.runId && !leaseOver)
      return { kind: "busy" };
    const paymentId = refund.providerPaymentId ?? "";
    const reason = await overRefundReason(tx, {
      ...input,
      paymentId,
      amountPaise: refund.amountPaise,
    });
    if (reason) {
      await tx.refund.update({
        where: { id: input.refundId },
        data: { status: "FAILED", failureReason: reason, claimToken: null },
      });
      return { kind: "refused", reason };
    }
    await tx.refund.update({
      where: { id: input.refundId },
      data: {
        status: "CALLING",
        claimToken: input.runId,
        claimedAt: new Date(),
        attempts: { increment: 1 },
      },
    });
    return {
      kind: "claimed",
      refundId: input.refundId,
      key: refund.idempotencyKey,
      paymentId,
      amountPaise: refund.amountPaise,
      orderNumber: refund.order.number,
      mayExist: refund.attempts > 0,
    };
  });
}

async function overRefundReason(
  tx: Tx,
  input: { refundId: string; paymentId: string; amountPaise: number },
): Promise<string | null> {
  // The payment's row lock queues two receipts' refunds of one payment, so each counts the other.
  const [payment] = await tx.$queryRaw<{ amountPaise: number }[]>`
    SELECT "amountPaise" FROM "Payment"
    WHERE provider = 'razorpay' AND "providerPaymentId" = ${input.paymentId} FOR UPDATE`;
  if (!payment)
    return `Payment ${input.paymentId} is not recorded in Packline; nothing was refunded.`;
  const earlier = await tx.refund.aggregate({
    where: {
      providerPaymentId: input.paymentId,
      id: { not: input.refundId },
      status: { in: ["ISSUED", "CALLING"] },
    },
    _sum: { amountPaise: true },
  });
  const refunded = earlier._sum.amountPaise ?? 0;
  const left = payment.amountPaise - refunded;
  if (input.amountPaise <= left) return null;
  return `A refund of ${formatRupees(input.amountPaise)} is more than the ${formatRupees(Math.max(left, 0))} left of the payment of ${formatRupees(payment.amountPaise)} (${formatRupees(refunded)} already refunded); nothing was refunded.`;
}

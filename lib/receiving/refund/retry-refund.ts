import { recordAudit } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { queueRefundJob } from "../plan-refund";

/**
 * Ops' "Try again" on a FAILED refund: back to PENDING with a new refund-issue job, in one
 * transaction under the refund's row lock, so of two clicks the second finds it PENDING and
 * queues nothing. Still at most once at Razorpay: the refund keeps its idempotency key, and a
 * refund that was ever claimed (attempts > 0) lists the payment's refunds and adopts the one
 * carrying its key before calling (issue-refund.ts), so one that went through with its answer
 * lost is recorded, not sent again. A refund with no Razorpay payment is refunded by hand.
 */
export async function retryRefund(input: {
  refundId: string;
  caller: Caller;
}): Promise<{ status: RefundStatus }> {
  const { refundId, caller } = input;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Refund" WHERE id = ${refundId} FOR UPDATE`;
    const refund = await tx.refund.findUnique({
      where: { id: refundId },
      select: { status: true, providerPaymentId: true, failureReason: true },
    });
    if (!refund) throw notFound("The refund");
    if (refund.status === "PENDING" || refund.status === "CALLING")
      return { status: refund.status }; // another click queued it already
    if (refund.status !== "FAILED")
      throw new AppError(
        "CONFLICT",
        refund.status === "ISSUED"
          ? "This refund was issued already: there is nothing to try again."
          : "A cash-on-delivery refund is paid outside Razorpay: there is nothing to try again.",
      );
    if (!refund.providerPaymentId)
      throw new AppError(
        "CONFLICT",
        "No Razorpay payment is recorded for this order: refund it from Razorpay's dashboard.",
      );
    await tx.refund.update({
      where: { id: refundId },
      data: { status: "PENDING", failureReason: null, claimToken: null },
      select: { id: true },
    });
    await queueRefundJob(tx, refundId);
    await recordAudit(tx, {
      actorId: caller.id,
      action: "refund.retry",
      entityType: "Refund",
      entityId: refundId,
      details: { failureReason: refund.failureReason },
    });
    return { status: "PENDING" };
  });
}

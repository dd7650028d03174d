"use client";

import { OrderPostButton } from "./order-post-button";

/**
 * "Try again" on a refund that failed: queues it again. Razorpay is asked for this refund first,
 * so one that went through with its answer lost is recorded, never sent twice.
 */
export function RetryRefund({ orderId, refundId }: { orderId: string; refundId: string }) {
  return (
    <OrderPostButton
      orderId={orderId}
      path={`/api/refunds/${encodeURIComponent(refundId)}/retry`}
      label="Try the refund again"
      pendingLabel="Queueing…"
    />
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { postJson } from "./api-client";

/**
 * "Try again" on a refund that failed: queues it again. Razorpay is asked for this refund first,
 * so one that went through with its answer lost is recorded, never sent twice.
 */
export function RetryRefund({ orderId, refundId }: { orderId: string; refundId: string }) {
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => postJson(`/api/refunds/${encodeURIComponent(refundId)}/retry`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] }),
  });
  return (
    <div className="mt-2 flex flex-col items-start gap-1">
      <Button variant="secondary" onClick={() => retry.mutate()} disabled={retry.isPending}>
        {retry.isPending ? "Queueing…" : "Try the refund again"}
      </Button>
      {retry.error && (
        <p role="alert" className="text-red-700">
          {retry.error.message}
        </p>
      )}
    </div>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, postJson } from "./api-client";
import { CancelOrderDialog } from "./cancel-order-dialog";
import type { OrderDetailJson } from "./order-detail-types";

/** Only the actions the order's state allows, as the server computed them. */
export function OrderActions({ order }: { order: OrderDetailJson }) {
  const queryClient = useQueryClient();
  const [cancelOpen, setCancelOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["orders", "detail", order.id] });
  const markProcessing = useMutation({
    mutationFn: () =>
      postJson(`/api/orders/${order.id}/mark-processing`, { expectedVersion: order.version }),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: (reason: string) =>
      postJson(`/api/orders/${order.id}/cancel`, { reason, expectedVersion: order.version }),
    onSuccess: () => setCancelOpen(false),
    onSettled: refresh,
  });
  const problem = markProcessing.error ?? null;
  if (!order.actions.markProcessing && !order.actions.cancel) return null;
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {order.actions.markProcessing && (
          <Button onClick={() => markProcessing.mutate()} disabled={markProcessing.isPending}>
            {markProcessing.isPending ? "Updating…" : "Mark as Processing"}
          </Button>
        )}
        {order.actions.cancel && (
          <Button
            variant="secondary"
            onClick={() => {
              cancel.reset();
              setCancelOpen(true);
            }}
          >
            Cancel order
          </Button>
        )}
      </div>
      {problem && (
        <p role="alert" className="max-w-md text-sm text-red-700">
          {problem instanceof ApiError && problem.status !== 0 && problem.status < 500
            ? problem.message
            : "Unable to update order status. Please try again."}
        </p>
      )}
      <CancelOrderDialog
        open={cancelOpen}
        orderNumber={order.number}
        pending={cancel.isPending}
        error={cancel.error ? cancel.error.message : null}
        onConfirm={(reason) => cancel.mutate(reason)}
        onClose={() => setCancelOpen(false)}
      />
    </div>
  );
}

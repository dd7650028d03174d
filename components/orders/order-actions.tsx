"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CancelOrderResult } from "@/lib/orders/cancel-order";
import type { ShipOrderResult } from "@/lib/shipping/ship-order";
import type { ShipOrderBody } from "@/lib/validation/shipping";
import { ApiError, postJson } from "./api-client";
import { CancelOrderDialog } from "./cancel-order-dialog";
import { ReturnToOrigin } from "./return-to-origin";
import type { OrderDetailJson } from "./order-detail-types";
import { ShipOrderDialog } from "./ship-order-dialog";
import { ShipmentResult, type ShipOutcome } from "./shipment-result";

const shipFailure = (error: Error) =>
  error instanceof ApiError && error.status !== 0 && error.code !== "INTERNAL"
    ? error.message
    : `Shipment generation failed: ${error.message.replace(/[.\s]+$/, "")}. Please verify address and try again.`;

/** Only the actions the order's state allows, as the server computed them. */
export function OrderActions({ order }: { order: OrderDetailJson }) {
  const queryClient = useQueryClient();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [shipOpen, setShipOpen] = useState(false);
  const [shipOutcome, setShipOutcome] = useState<ShipOutcome | null>(null);
  // What became of a booking that was in flight when the order was cancelled.
  const [cancelNote, setCancelNote] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["orders", "detail", order.id] });
  const markProcessing = useMutation({
    mutationFn: () =>
      postJson(`/api/orders/${order.id}/mark-processing`, { expectedVersion: order.version }),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: (reason: string) =>
      postJson<CancelOrderResult>(`/api/orders/${order.id}/cancel`, {
        reason,
        expectedVersion: order.version,
      }),
    onSuccess: (result) => (setCancelOpen(false), setCancelNote(result.bookingNote)),
    onSettled: refresh,
  });
  // The dialog closes either way, so a failure leaves the address editor on the page usable.
  const ship = useMutation({
    mutationFn: (body: ShipOrderBody) =>
      postJson<ShipOrderResult>(`/api/orders/${order.id}/ship`, body),
    onSuccess: (shipment) => setShipOutcome({ ok: true, shipment }),
    onError: (error) => setShipOutcome({ ok: false, message: shipFailure(error) }),
    onSettled: () => (setShipOpen(false), refresh()),
  });
  const { actions } = order;
  const canShip = actions.generateShipment || actions.retryShipment;
  const problem = markProcessing.error ?? null;
  if (
    !actions.markProcessing &&
    !actions.cancel &&
    !actions.returnToOrigin &&
    !canShip &&
    !shipOutcome &&
    !cancelNote
  )
    return null;
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {actions.markProcessing && (
          <Button onClick={() => markProcessing.mutate()} disabled={markProcessing.isPending}>
            {markProcessing.isPending ? "Updating…" : "Mark as Processing"}
          </Button>
        )}
        {canShip && (
          <Button
            onClick={() => (setShipOutcome(null), setShipOpen(true))}
            disabled={ship.isPending}
          >
            {ship.isPending
              ? "Booking…"
              : actions.retryShipment
                ? "Retry shipment"
                : "Generate shipment"}
          </Button>
        )}
        {actions.cancel && (
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
        {actions.returnToOrigin && (
          <ReturnToOrigin orderId={order.id} orderNumber={order.number} onDone={refresh} />
        )}
      </div>
      {problem && (
        <p role="alert" className="max-w-md text-sm text-red-700">
          {problem instanceof ApiError && problem.status !== 0 && problem.status < 500
            ? problem.message
            : "Unable to update order status. Please try again."}
        </p>
      )}
      {cancelNote && (
        <p role="status" className="max-w-md text-sm text-slate-800">
          {cancelNote}
        </p>
      )}
      {shipOutcome && (
        <ShipmentResult outcome={shipOutcome} onDismiss={() => setShipOutcome(null)} />
      )}
      <ShipOrderDialog
        open={shipOpen}
        orderId={order.id}
        orderNumber={order.number}
        retry={actions.retryShipment}
        pending={ship.isPending}
        onConfirm={(body) => ship.mutate(body)}
        onClose={() => setShipOpen(false)}
      />
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

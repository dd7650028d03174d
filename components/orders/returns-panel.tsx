"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { OrderReturns } from "@/lib/returns/get-order-returns";
import { RETURN_REASONS } from "@/lib/validation/returns";
import { apiFetch } from "./api-client";
import { Section } from "./detail-section";
import { formatIst } from "./format";
import { NewReturnDialog, type NewReturn } from "./new-return-dialog";

const words = (s: string) => s.toLowerCase().replace(/_/g, " ");
const sentence = (s: string) => words(s).replace(/^./, (c) => c.toUpperCase());

/**
 * The order's returns: each with its items, reason, who asked and decided, and its pickup; ops
 * approve (the reverse pickup is booked in the background), refuse with a reason, or cancel one
 * not yet picked up, and ask for a new one on a delivered order.
 */
export function ReturnsPanel({ orderId, orderStatus }: { orderId: string; orderStatus: string }) {
  const queryClient = useQueryClient();
  const key = ["orders", "returns", orderId];
  const returns = useQuery({
    queryKey: key,
    queryFn: () => apiFetch<OrderReturns>(`/api/orders/${orderId}/returns`),
    enabled: orderStatus === "DELIVERED" || orderStatus === "RETURNED",
  });
  const [asking, setAsking] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: (body: NewReturn) =>
      apiFetch(`/api/orders/${orderId}/returns`, { method: "POST", body: JSON.stringify(body) }),
    onSuccess: () => {
      setAsking(false);
      void refresh();
    },
  });
  const act = useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: string; reason?: string }) =>
      apiFetch(`/api/returns/${id}/${action}`, {
        method: "POST",
        body: reason === undefined ? undefined : JSON.stringify({ reason }),
      }),
    onSettled: () => void refresh(),
  });
  if (!returns.data) return null;
  const { lines, windowEndsAt } = returns.data;
  const open = returns.data.returns.some((r) =>
    ["REQUESTED", "APPROVED", "PICKUP_BOOKED", "PICKED_UP", "IN_TRANSIT", "ARRIVED"].includes(
      r.status,
    ),
  );
  const canAsk = orderStatus === "DELIVERED" && !open && lines.some((l) => l.returnable > 0);
  return (
    <Section title="Returns">
      <div className="flex flex-col gap-3">
        {windowEndsAt && (
          <p className="text-sm text-slate-600">
            Customer return window: until {formatIst(windowEndsAt)}
          </p>
        )}
        {returns.data.returns.length === 0 && (
          <p className="text-sm text-slate-600">No returns asked for.</p>
        )}
        {returns.data.returns.map((r) => (
          <article
            key={r.id}
            aria-label={`Return ${words(r.status)}`}
            className="rounded-lg border border-slate-200 p-3"
          >
            <p className="text-sm font-semibold text-slate-900">
              {sentence(r.status)} · {RETURN_REASONS[r.reason as keyof typeof RETURN_REASONS]}
              {r.reasonText && <span className="font-normal"> — {r.reasonText}</span>}
            </p>
            <ul className="mt-1 text-sm text-slate-700">
              {r.items.map((i) => (
                <li key={i.sku}>
                  {i.quantity} × {i.title} <span className="text-slate-500">({i.sku})</span>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-xs text-slate-500">
              Asked by {r.source === "CUSTOMER" ? "the customer" : r.requestedBy},{" "}
              {formatIst(r.createdAt)}
              {r.decidedBy &&
                r.decidedAt &&
                ` · decided by ${r.decidedBy}, ${formatIst(r.decidedAt)}`}
            </p>
            {r.refusalReason && <p className="mt-1 text-sm">Refused: {r.refusalReason}</p>}
            {r.pickup?.awb && (
              <p className="mt-1 text-sm">
                Pickup: <span className="capitalize">{r.pickup.courier?.toLowerCase()}</span> AWB{" "}
                <span className="font-mono">{r.pickup.awb}</span> · {words(r.pickup.status)}
              </p>
            )}
            {r.bookingProblem && (
              <p role="alert" className="mt-1 text-sm text-red-700">
                Pickup not booked yet: {r.bookingProblem}
              </p>
            )}
            <div className="mt-2 flex flex-wrap gap-2">
              {r.status === "REQUESTED" && (
                <>
                  <Button onClick={() => act.mutate({ id: r.id, action: "approve" })}>
                    Approve return
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      const reason = window.prompt("Why is the return refused?");
                      if (reason) act.mutate({ id: r.id, action: "refuse", reason });
                    }}
                  >
                    Refuse
                  </Button>
                </>
              )}
              {(r.status === "REQUESTED" || r.status === "APPROVED") && (
                <Button
                  variant="secondary"
                  onClick={() => act.mutate({ id: r.id, action: "cancel" })}
                >
                  Cancel return
                </Button>
              )}
            </div>
          </article>
        ))}
        {act.error && (
          <p role="alert" className="text-sm text-red-700">
            {act.error.message}
          </p>
        )}
        {canAsk && (
          <div>
            <Button variant="secondary" onClick={() => setAsking(true)}>
              Ask for a return
            </Button>
          </div>
        )}
      </div>
      <NewReturnDialog
        open={asking}
        lines={lines}
        pending={create.isPending}
        error={create.error?.message ?? null}
        onSubmit={(value) => create.mutate(value)}
        onClose={() => setAsking(false)}
      />
    </Section>
  );
}

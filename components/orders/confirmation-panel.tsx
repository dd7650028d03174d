"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CONFIRMATION_LABEL, VIA_LABEL } from "@/lib/cod-confirmation/confirmation-labels";
import type { OrderConfirmation } from "@/lib/cod-confirmation/get-order-confirmation";
import { ApiError, apiFetch } from "./api-client";
import { ConfirmationBadge } from "./confirmation-badge";
import { Section } from "./detail-section";
import { formatIst } from "./format";

/**
 * The order's COD confirmation: where it stands, the deadline, the buyer's link, its history,
 * and, while the order is held, ops' confirm or cancel after calling the buyer (a note of the
 * call is required). Shown only for orders the rule looked at.
 */
export function ConfirmationPanel({ orderId }: { orderId: string }) {
  const queryClient = useQueryClient();
  const key = ["orders", "cod-confirmation", orderId];
  const data = useQuery({
    queryKey: key,
    queryFn: () => apiFetch<OrderConfirmation>(`/api/orders/${orderId}/cod-confirmation`),
  });
  const [note, setNote] = useState("");
  const decide = useMutation({
    mutationFn: (answer: "CONFIRM" | "CANCEL") =>
      apiFetch(`/api/orders/${orderId}/cod-confirmation`, {
        method: "POST",
        body: JSON.stringify({ answer, note }),
      }),
    onSuccess: () => setNote(""),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] });
    },
  });
  const c = data.data;
  if (!c || (c.state === "NOT_NEEDED" && c.history.length === 0)) return null;
  return (
    <Section title="COD confirmation" action={<ConfirmationBadge state={c.state} />}>
      <div className="flex flex-col gap-3 text-sm text-slate-700">
        {c.state === "AWAITING" && c.dueAt && (
          <p>Waiting for the buyer until {formatIst(c.dueAt)}; then ops call.</p>
        )}
        {c.state === "NO_ANSWER" && (
          <p className="font-semibold text-red-800">
            The buyer did not answer in time. Call them, then confirm or cancel.
          </p>
        )}
        {c.answeredAt && c.via && (
          <p>
            {CONFIRMATION_LABEL[c.state]} {formatIst(c.answeredAt)} by {VIA_LABEL[c.via]}.
          </p>
        )}
        {c.buyerLink && (
          <p>
            <a className="font-semibold text-brand-700 underline" href={c.buyerLink}>
              Buyer&apos;s confirmation page
            </a>{" "}
            (to send by hand if the message did not arrive)
          </p>
        )}
        {c.canDecide && (
          <div className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3">
            <label htmlFor="cod-call-note" className="font-semibold text-slate-800">
              Note of the call
            </label>
            <textarea
              id="cod-call-note"
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              className="rounded-lg border border-slate-300 p-2 text-base"
              placeholder="Spoke to the buyer at 11:20, they want the order"
            />
            {decide.error && (
              <p role="alert" className="text-red-800">
                {(decide.error instanceof ApiError && decide.error.fieldErrors.note?.[0]) ||
                  decide.error.message}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <Button disabled={decide.isPending} onClick={() => decide.mutate("CONFIRM")}>
                Buyer confirmed on call
              </Button>
              <Button
                variant="danger"
                disabled={decide.isPending}
                onClick={() => decide.mutate("CANCEL")}
              >
                Cancel order
              </Button>
            </div>
          </div>
        )}
        <ol className="flex flex-col gap-1.5" aria-label="Confirmation history">
          {c.history.map((h) => (
            <li key={`${h.at}-${h.to}`} className="border-l-2 border-slate-200 pl-2">
              <span className="font-semibold text-slate-900">{CONFIRMATION_LABEL[h.to]}</span>{" "}
              <span className="text-xs text-slate-500">
                {formatIst(h.at)} · {h.via ? `${VIA_LABEL[h.via]} · ` : ""}
                {h.who}
              </span>
              {h.note && <div className="text-slate-700">{h.note}</div>}
            </li>
          ))}
        </ol>
      </div>
    </Section>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import type { OrderReturns } from "@/lib/returns/get-order-returns";
import { RETURN_REASONS, type ReturnReasonCode } from "@/lib/validation/returns";

export interface NewReturn {
  items: { orderItemId: string; quantity: number }[];
  reason: ReturnReasonCode;
  reasonText?: string;
}

/** Ops ask for a return on the customer's behalf: how many of each line, and why. */
export function NewReturnDialog({
  open,
  lines,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean;
  lines: OrderReturns["lines"];
  pending: boolean;
  error: string | null;
  onSubmit: (value: NewReturn) => void;
  onClose: () => void;
}) {
  const [qty, setQty] = useState<Record<string, number>>({});
  const [reason, setReason] = useState<ReturnReasonCode | "">("");
  const [text, setText] = useState("");
  const items = lines
    .map((l) => ({ orderItemId: l.orderItemId, quantity: qty[l.orderItemId] ?? 0 }))
    .filter((i) => i.quantity > 0);
  const field = "rounded-lg border border-slate-300 p-2 text-base focus:border-brand-600";
  return (
    <FormDialog
      open={open}
      title="Ask for a return"
      onSubmit={() =>
        reason && onSubmit({ items, reason, ...(text.trim() ? { reasonText: text.trim() } : {}) })
      }
      onClose={onClose}
    >
      {lines.map((l) => (
        <div key={l.orderItemId} className="flex items-center justify-between gap-3">
          <label htmlFor={`rq-${l.orderItemId}`} className="text-sm text-slate-800">
            {l.title} <span className="text-slate-500">({l.returnable} returnable)</span>
          </label>
          <select
            id={`rq-${l.orderItemId}`}
            value={qty[l.orderItemId] ?? 0}
            disabled={l.returnable === 0}
            onChange={(e) => setQty({ ...qty, [l.orderItemId]: Number(e.target.value) })}
            className={field}
          >
            {Array.from({ length: l.returnable + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ))}
      <label htmlFor="return-reason" className="text-sm font-semibold text-slate-700">
        Reason
      </label>
      <select
        id="return-reason"
        value={reason}
        onChange={(e) => setReason(e.target.value as ReturnReasonCode)}
        className={field}
      >
        <option value="">Choose a reason</option>
        {Object.entries(RETURN_REASONS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="return-text" className="text-sm font-semibold text-slate-700">
        Details {reason === "OTHER" ? "" : "(optional)"}
      </label>
      <textarea
        id="return-text"
        rows={2}
        maxLength={500}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className={field}
      />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onClose}>
          Close
        </Button>
        <Button type="submit" disabled={pending || !reason || items.length === 0}>
          {pending ? "Saving…" : "Ask for the return"}
        </Button>
      </div>
    </FormDialog>
  );
}

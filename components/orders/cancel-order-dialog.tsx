"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** Asks why before cancelling; the reason goes into the status history. */
export function CancelOrderDialog({
  open,
  orderNumber,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  orderNumber: string;
  pending: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="cancel-title"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        method="dialog"
        className="flex flex-col gap-3 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm(reason.trim());
        }}
      >
        <h2 id="cancel-title" className="text-lg font-bold text-slate-900">
          Cancel order {orderNumber}?
        </h2>
        <p className="text-sm text-slate-600">
          A booked shipment is cancelled with the courier first. This cannot be undone.
        </p>
        <label htmlFor="cancel-reason" className="text-sm font-semibold text-slate-700">
          Reason
        </label>
        <textarea
          id="cancel-reason"
          rows={3}
          required
          minLength={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className="rounded-lg border border-slate-300 p-3 text-base focus:border-brand-600"
          placeholder="e.g. Customer asked to cancel"
        />
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Keep order
          </Button>
          <Button type="submit" variant="danger" disabled={pending || reason.trim().length < 3}>
            {pending ? "Cancelling…" : "Cancel order"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";

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
  const [reason, setReason] = useState("");
  return (
    <FormDialog
      open={open}
      title={`Cancel order ${orderNumber}?`}
      onSubmit={() => onConfirm(reason.trim())}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}

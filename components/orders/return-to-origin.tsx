"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import type { NdrActionView } from "@/lib/shipping/ndr-view";
import { postJson } from "./api-client";

/**
 * "Return to origin (RTO)" for a parcel the courier has picked up, where cancelling is too late:
 * asks the courier and shows its answer in its own words (kept on the shipment either way).
 */
export function ReturnToOrigin({
  orderId,
  orderNumber,
  onDone,
}: {
  orderId: string;
  orderNumber: string;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [remarks, setRemarks] = useState("");
  const rto = useMutation({
    mutationFn: () =>
      postJson<NdrActionView>(`/api/orders/${orderId}/rto`, {
        ...(remarks.trim() ? { remarks: remarks.trim() } : {}),
      }),
    onSuccess: () => setOpen(false),
    onSettled: onDone,
  });
  return (
    <>
      <Button variant="secondary" onClick={() => (rto.reset(), setOpen(true))}>
        Return to origin (RTO)
      </Button>
      {rto.isSuccess && (
        <p role="status" className="max-w-md text-sm text-slate-800">
          The courier accepted the return to origin
          {rto.data.message ? `: ${rto.data.message}` : "."}
        </p>
      )}
      <FormDialog
        open={open}
        title={`Return order ${orderNumber} to origin?`}
        onSubmit={() => rto.mutate()}
        onClose={() => setOpen(false)}
      >
        <p className="text-sm text-slate-600">
          The courier has picked this parcel up, so it can no longer be cancelled. Packline asks the
          courier to bring it back to the warehouse and shows its answer.
        </p>
        <label htmlFor="rto-remarks" className="text-sm font-semibold text-slate-700">
          Remarks for the courier (optional)
        </label>
        <textarea
          id="rto-remarks"
          rows={2}
          maxLength={200}
          value={remarks}
          onChange={(e) => setRemarks(e.target.value)}
          className="rounded-lg border border-slate-300 p-3 text-base focus:border-brand-600"
        />
        {rto.error && (
          <p role="alert" className="text-sm text-red-700">
            {rto.error.message}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Keep shipping
          </Button>
          <Button type="submit" variant="danger" disabled={rto.isPending}>
            {rto.isPending ? "Asking the courier…" : "Ask for RTO"}
          </Button>
        </div>
      </FormDialog>
    </>
  );
}

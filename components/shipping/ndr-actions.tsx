"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import type { NdrActionView, NdrView } from "@/lib/shipping/ndr-view";
import type { NdrActionInput } from "@/lib/validation/ndr";
import {
  emptyNdrForm,
  NdrActionDialog,
  type NdrFormValues,
  type NdrKind,
} from "./ndr-action-dialog";
import { NdrHistory } from "./ndr-history";

const DONE: Record<NdrKind, string> = {
  REATTEMPT: "Re-attempt requested",
  RTO: "Return to origin requested",
};

/**
 * "Re-attempt" and "Return to origin" for a shipment in NDR, with the actions asked so far.
 * A failed action can be tried again with what was typed. `onDone` reloads the screen's data.
 */
export function NdrActions({
  shipmentId,
  awb,
  ndr,
  onDone,
  showHistory = true,
}: {
  shipmentId: string;
  awb: string;
  ndr: NdrView;
  onDone: () => void;
  showHistory?: boolean;
}) {
  const [kind, setKind] = useState<NdrKind | null>(null);
  const [initial, setInitial] = useState<NdrFormValues>(() => emptyNdrForm(ndr.dateWindow.first));
  const [notice, setNotice] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (body: NdrActionInput) =>
      postJson<NdrActionView>(`/api/shipments/${encodeURIComponent(shipmentId)}/ndr`, body),
    onSuccess: (action) => {
      setKind(null);
      setNotice(
        `${DONE[action.kind as NdrKind]} with the courier for AWB ${awb}${action.message ? `: ${action.message}` : "."}`,
      );
    },
    onSettled: onDone,
  });
  const open = (next: NdrKind, values = emptyNdrForm(ndr.dateWindow.first)) => {
    send.reset();
    setNotice(null);
    setInitial(values);
    setKind(next);
  };
  const retry = (a: NdrActionView) =>
    open(a.kind as NdrKind, {
      date: a.date && a.date >= ndr.dateWindow.first ? a.date : ndr.dateWindow.first,
      phone: a.phone ?? "",
      addressLine1: a.addressLine1 ?? "",
      addressLine2: a.addressLine2 ?? "",
      landmark: a.landmark ?? "",
      remarks: a.remarks ?? "",
    });
  const error = send.error;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const dialogError =
    kind && error
      ? Object.keys(fieldErrors).length
        ? "Check the fields marked in red."
        : error.message
      : null;
  const blocked = [ndr.reattempt.why, ndr.rto.why].find(Boolean);
  return (
    <div className="flex flex-col gap-2" data-testid="ndr-actions">
      {ndr.inNdr && (ndr.reattempt.allowed || ndr.rto.allowed) && (
        <div className="flex flex-wrap gap-2">
          {ndr.reattempt.allowed && (
            <Button
              onClick={() => open("REATTEMPT")}
              disabled={send.isPending}
              className="flex-1 sm:flex-none"
            >
              Re-attempt
            </Button>
          )}
          {ndr.rto.allowed && (
            <Button
              variant="secondary"
              onClick={() => open("RTO")}
              disabled={send.isPending}
              className="flex-1 text-red-700 sm:flex-none"
            >
              Return to origin
            </Button>
          )}
        </div>
      )}
      {ndr.inNdr && blocked && <p className="text-sm text-slate-600">{blocked}</p>}
      {notice && (
        <p role="status" className="rounded-lg bg-emerald-50 p-2 text-sm text-emerald-900">
          {notice}
        </p>
      )}
      {error && !kind && (
        <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm text-red-800">
          {error.message}
        </p>
      )}
      {showHistory && <NdrHistory actions={ndr.actions} onRetry={ndr.inNdr ? retry : undefined} />}
      <NdrActionDialog
        kind={kind}
        awb={awb}
        initial={initial}
        dateWindow={ndr.dateWindow}
        pending={send.isPending}
        error={dialogError}
        fieldErrors={fieldErrors}
        onEdit={() => {
          if (send.error) send.reset();
        }}
        onSubmit={(body) => send.mutate(body)}
        onClose={() => setKind(null)}
      />
    </div>
  );
}

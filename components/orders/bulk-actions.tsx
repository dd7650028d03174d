"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PrintLabels } from "@/components/shipping/print-labels";
import { Button } from "@/components/ui/button";
import type { OrderListRow } from "@/lib/orders/order-list-row";
import type { BulkBookingView } from "@/lib/shipping/bulk-booking/bulk-booking-view";
import { ApiError, postJson } from "./api-client";
import { BulkBookingProgress } from "./bulk-booking-progress";

interface Progress {
  done: number;
  total: number;
  failures: { number: string; reason: string }[];
  /** orders the run already moved on: not offered again while they stay selected */
  doneIds: string[];
  running: boolean;
}

/**
 * Bulk actions on the selected orders. "Mark as Processing" runs here, one order at a time (each
 * is one quick write). "Generate shipments" starts a bulk booking on the worker and shows its
 * live progress: the couriers set its pace, and closing the tab does not stop it.
 */
export function BulkActions({
  rows,
  onFinished,
  onClear,
}: {
  rows: OrderListRow[];
  onFinished: () => void;
  onClear: () => void;
}) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const open = rows.filter((r) => !progress?.doneIds.includes(r.id));
  const placed = open.filter((r) => r.status === "PLACED");
  const packed = runId ? [] : rows.filter((r) => r.status === "PACKED");
  const startBooking = useMutation({
    mutationFn: () =>
      postJson<BulkBookingView>("/api/bulk-bookings", { orderIds: packed.map((r) => r.id) }),
    onSuccess: (run) => {
      queryClient.setQueryData(["bulk-bookings", run.id], run);
      void queryClient.invalidateQueries({ queryKey: ["bulk-bookings", "recent"] });
      setRunId(run.id);
    },
  });
  const markProcessing = async () => {
    const state: Progress = {
      done: 0,
      total: placed.length,
      failures: [],
      doneIds: [...(progress?.doneIds ?? [])],
      running: true,
    };
    setProgress({ ...state });
    for (const row of placed) {
      try {
        await postJson(`/api/orders/${row.id}/mark-processing`, { expectedVersion: row.version });
        state.doneIds.push(row.id);
      } catch (error) {
        state.failures.push({
          number: row.number,
          reason: error instanceof ApiError ? error.message : "Unable to update order status.",
        });
      }
      state.done += 1;
      setProgress({ ...state, failures: [...state.failures], doneIds: [...state.doneIds] });
    }
    setProgress({ ...state, running: false });
    onFinished();
  };
  const busy = progress?.running || startBooking.isPending;
  return (
    <div
      className="sticky bottom-2 z-10 mb-3 flex flex-col gap-2 rounded-xl border border-brand-100 bg-brand-50 p-3 shadow-sm sm:flex-row sm:flex-wrap sm:items-center"
      role="region"
      aria-label="Bulk actions"
    >
      <p className="text-sm font-semibold text-slate-800">
        {rows.length} selected
        {placed.length ? ` · ${placed.length} placed` : ""}
        {packed.length ? ` · ${packed.length} packed` : ""}
      </p>
      <div className="flex flex-wrap gap-2 sm:ml-auto">
        {placed.length > 0 && (
          <Button onClick={() => void markProcessing()} disabled={busy}>
            Mark as Processing ({placed.length})
          </Button>
        )}
        {packed.length > 0 && (
          <Button onClick={() => startBooking.mutate()} disabled={busy}>
            {startBooking.isPending ? "Starting…" : `Generate shipments (${packed.length})`}
          </Button>
        )}
        <Button variant="secondary" onClick={onClear} disabled={busy}>
          Clear selection
        </Button>
        <PrintLabels orderIds={rows.map((r) => r.id)} />
      </div>
      {startBooking.isError && (
        <p role="alert" className="w-full text-sm text-red-800 sm:order-last">
          {startBooking.error instanceof ApiError
            ? (Object.values(startBooking.error.fieldErrors).flat()[0] ??
              startBooking.error.message)
            : "Could not start the bulk booking. Try again."}
        </p>
      )}
      {runId && (
        <div className="w-full sm:order-last">
          <BulkBookingProgress runId={runId} onFinished={onFinished} />
        </div>
      )}
      {progress && (
        <div className="w-full text-sm sm:order-last" role="status" aria-live="polite">
          <p className="font-semibold">
            {progress.done} of {progress.total} done
            {!progress.running && progress.failures.length === 0 ? " — all marked Processing" : ""}
            {progress.running ? ` — working on ${progress.done + 1} of ${progress.total}…` : ""}
          </p>
          {progress.failures.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-red-800" aria-label="Failures">
              {progress.failures.map((f) => (
                <li key={f.number}>
                  {f.number}: {f.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { OrderListRow } from "@/lib/orders/order-list-row";
import { ApiError, postJson } from "./api-client";

interface Progress {
  done: number;
  total: number;
  failures: { number: string; reason: string }[];
  running: boolean;
}

/** Marks the selected placed orders as Processing one by one, showing "2 of 5 done". */
export function BulkMarkProcessing({
  rows,
  onFinished,
  onClear,
}: {
  rows: OrderListRow[];
  onFinished: () => void;
  onClear: () => void;
}) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const eligible = rows.filter((r) => r.status === "PLACED");
  const run = async () => {
    const state: Progress = { done: 0, total: eligible.length, failures: [], running: true };
    setProgress({ ...state });
    for (const row of eligible) {
      try {
        await postJson(`/api/orders/${row.id}/mark-processing`, { expectedVersion: row.version });
      } catch (error) {
        state.failures.push({
          number: row.number,
          reason: error instanceof ApiError ? error.message : "Unable to update order status.",
        });
      }
      state.done += 1;
      setProgress({ ...state, failures: [...state.failures] });
    }
    setProgress({ ...state, running: false });
    onFinished();
  };
  return (
    <div
      className="sticky bottom-2 z-10 mb-3 flex flex-col gap-2 rounded-xl border border-brand-100 bg-brand-50 p-3 shadow-sm sm:flex-row sm:items-center"
      role="region"
      aria-label="Bulk actions"
    >
      <p className="text-sm font-semibold text-slate-800">
        {rows.length} selected
        {eligible.length !== rows.length ? ` · ${eligible.length} placed` : ""}
      </p>
      <div className="flex flex-wrap gap-2 sm:ml-auto">
        <Button onClick={run} disabled={eligible.length === 0 || progress?.running}>
          Mark as Processing ({eligible.length})
        </Button>
        <Button variant="secondary" onClick={onClear} disabled={progress?.running}>
          Clear selection
        </Button>
      </div>
      {progress && (
        <div className="w-full text-sm sm:order-last" role="status" aria-live="polite">
          <p className="font-semibold">
            {progress.done} of {progress.total} done
            {!progress.running && progress.failures.length === 0 ? " — all marked Processing" : ""}
          </p>
          {progress.failures.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-red-800">
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

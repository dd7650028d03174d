"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { OrderListRow } from "@/lib/orders/order-list-row";
import { ApiError, postJson } from "./api-client";

interface Progress {
  action: "process" | "ship";
  done: number;
  succeeded: number;
  total: number;
  failures: { number: string; reason: string }[];
  /** orders the run already moved on: not offered again while they stay selected */
  doneIds: string[];
  running: boolean;
}

const actions = {
  process: {
    eligible: (r: OrderListRow) => r.status === "PLACED",
    call: (r: OrderListRow) =>
      postJson(`/api/orders/${r.id}/mark-processing`, { expectedVersion: r.version }),
    fallback: "Unable to update order status.",
  },
  ship: {
    eligible: (r: OrderListRow) => r.status === "PACKED",
    call: (r: OrderListRow) => postJson(`/api/orders/${r.id}/ship`, {}),
    fallback: "Shipment generation failed. Please verify address and try again.",
  },
} as const;

function summary(p: Progress): string {
  if (p.action === "ship") {
    const failed = p.failures.length ? ` · ${p.failures.length} failed` : "";
    return `${p.succeeded} of ${p.total} shipments created${failed}`;
  }
  const all = !p.running && p.failures.length === 0 ? " — all marked Processing" : "";
  return `${p.done} of ${p.total} done${all}`;
}

/**
 * Bulk actions on the selected orders, run one order at a time (each booking waits for its
 * courier) with live progress, e.g. "2 of 5 shipments created", and every failure's reason.
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
  const open = rows.filter((r) => !progress?.doneIds.includes(r.id));
  const placed = open.filter(actions.process.eligible);
  const packed = open.filter(actions.ship.eligible);
  const run = async (action: Progress["action"]) => {
    const todo = open.filter(actions[action].eligible);
    const state: Progress = {
      action,
      done: 0,
      succeeded: 0,
      total: todo.length,
      failures: [],
      doneIds: [...(progress?.doneIds ?? [])],
      running: true,
    };
    setProgress({ ...state });
    for (const row of todo) {
      try {
        await actions[action].call(row);
        state.succeeded += 1;
        state.doneIds.push(row.id);
      } catch (error) {
        state.failures.push({
          number: row.number,
          reason: error instanceof ApiError ? error.message : actions[action].fallback,
        });
      }
      state.done += 1;
      setProgress({ ...state, failures: [...state.failures], doneIds: [...state.doneIds] });
    }
    setProgress({ ...state, running: false });
    onFinished();
  };
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
          <Button onClick={() => void run("process")} disabled={progress?.running}>
            Mark as Processing ({placed.length})
          </Button>
        )}
        {packed.length > 0 && (
          <Button onClick={() => void run("ship")} disabled={progress?.running}>
            Generate shipments ({packed.length})
          </Button>
        )}
        <Button variant="secondary" onClick={onClear} disabled={progress?.running}>
          Clear selection
        </Button>
      </div>
      {progress && (
        <div className="w-full text-sm sm:order-last" role="status" aria-live="polite">
          <p className="font-semibold">
            {summary(progress)}
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

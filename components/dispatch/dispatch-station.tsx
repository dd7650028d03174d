"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { DispatchBoard } from "@/lib/dispatch/list-dispatch-board";
import { boardKey, fetchBoard } from "./dispatch-api";
import { ClosedHandovers } from "./closed-handovers";
import { HandoverPanel } from "./handover-panel";
import { MissedCutoff } from "./missed-cutoff";

/** The worker is still asking a courier: read the board again soon. */
const busy = (board: DispatchBoard | undefined) =>
  !!board?.groups.some((g) =>
    g.closed.some((h) => h.status === "CLOSING" || h.pickupStatus === "REQUESTED"),
  );

/** The dock: pick a courier's pile, scan its parcels in, close it into a manifest and a pickup. */
export function DispatchStation() {
  const board = useQuery({
    queryKey: boardKey,
    queryFn: fetchBoard,
    refetchInterval: (query) => (busy(query.state.data) ? 2_000 : 15_000),
  });
  const [selected, setSelected] = useState<string | null>(null);
  if (board.isPending) return <p className="text-slate-600">Loading the dock…</p>;
  if (board.isError)
    return (
      <p role="alert" className="rounded-lg bg-red-50 p-4 text-red-800">
        {board.error.message}
      </p>
    );
  const { groups } = board.data;
  const group = groups.find((g) => g.key === selected) ?? groups[0] ?? null;
  return (
    <div className="flex flex-col gap-5">
      {groups.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-lg text-slate-700 ring-1 ring-slate-200">
          No booked parcels are waiting at the dock.
        </p>
      ) : (
        <div role="tablist" aria-label="Courier piles" className="flex flex-wrap gap-2">
          {groups.map((g) => (
            <button
              key={g.key}
              type="button"
              role="tab"
              aria-selected={g.key === group?.key}
              onClick={() => setSelected(g.key)}
              className="min-h-14 rounded-xl bg-white px-4 py-2 text-left ring-2 ring-slate-200 aria-selected:bg-brand-50 aria-selected:ring-brand-600"
            >
              <span className="block text-lg font-bold text-slate-900">{g.courierAccountName}</span>
              <span className="block text-sm text-slate-600">
                {g.locationName} · {g.waiting.length} waiting · {g.open?.parcels ?? 0} scanned
              </span>
            </button>
          ))}
        </div>
      )}
      {group && <HandoverPanel key={group.key} group={group} />}
      <MissedCutoff board={board.data} />
      <ClosedHandovers groups={groups} />
    </div>
  );
}

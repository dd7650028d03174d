import type { DispatchBoard } from "@/lib/dispatch/list-dispatch-board";
import { formatIst } from "@/lib/warehouse/format";

/** Booked parcels nobody scanned by the last cut-off: they missed a truck. */
export function MissedCutoff({ board }: { board: DispatchBoard }) {
  if (board.missedCutoff.length === 0) return null;
  return (
    <section
      aria-labelledby="missed-cutoff"
      className="rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-300"
    >
      <h2 id="missed-cutoff" className="text-lg font-bold text-amber-950">
        Missed cut-off ({board.missedCutoff.length})
      </h2>
      <p className="text-amber-900">
        Booked before the {board.cutoff} IST cut-off of {formatIst(new Date(board.lastCutoffAt))}{" "}
        and still not scanned into a handover.
      </p>
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {board.missedCutoff.map((p) => (
          <li key={p.awb} className="flex justify-between gap-2">
            <span className="font-mono text-slate-900">{p.awb}</span>
            <span className="text-sm text-slate-700">
              {p.orderNumber} · {p.courierAccountName}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

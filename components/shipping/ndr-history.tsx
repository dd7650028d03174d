import { formatNdrTime } from "@/lib/shipping/ndr-rules";
import type { NdrActionView } from "@/lib/shipping/ndr-view";
import { formatDay } from "./ndr-action-dialog";

const KIND: Record<string, string> = {
  REATTEMPT: "Re-attempt",
  RTO: "Return to origin",
  CHANGE_ADDRESS: "Address change",
  CHANGE_PHONE: "Phone change",
};

const STATUS: Record<NdrActionView["status"], { label: string; tone: string }> = {
  REQUESTED: { label: "Sending", tone: "bg-sky-50 text-sky-800 ring-sky-200" },
  ACCEPTED: { label: "Accepted", tone: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  FAILED: { label: "Failed", tone: "bg-red-50 text-red-800 ring-red-200" },
};

/** The NDR actions asked for a shipment, newest first: who, what, when, and the courier's answer. */
export function NdrHistory({
  actions,
  onRetry,
}: {
  actions: NdrActionView[];
  onRetry?: (action: NdrActionView) => void;
}) {
  if (actions.length === 0) return null;
  return (
    <ol className="flex flex-col gap-2" aria-label="NDR actions">
      {actions.map((a, index) => {
        const status = STATUS[a.status];
        const details = [
          a.date && `on ${formatDay(a.date)}`,
          a.phone && `phone ${a.phone}`,
          a.address && `to ${a.address}`,
        ].filter(Boolean);
        return (
          <li
            key={a.id}
            data-testid="ndr-action"
            className="rounded-lg bg-slate-50 p-2 text-sm ring-1 ring-slate-200"
          >
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-semibold text-slate-900">{KIND[a.kind] ?? a.kind}</span>
              <span
                className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${status.tone}`}
              >
                {status.label}
              </span>
              <span className="text-xs text-slate-500">
                {a.by} · {formatNdrTime(new Date(a.at))} IST
              </span>
            </div>
            {details.length > 0 && (
              <p className="mt-1 break-words text-slate-700">{details.join(" · ")}</p>
            )}
            {a.remarks && <p className="mt-1 text-slate-600">“{a.remarks}”</p>}
            {a.message && (
              <p className={`mt-1 ${a.status === "FAILED" ? "text-red-700" : "text-slate-600"}`}>
                Courier: {a.message}
                {a.courierRef && <span className="font-mono"> (ref {a.courierRef})</span>}
              </p>
            )}
            {a.status === "FAILED" && index === 0 && onRetry && (
              <button
                type="button"
                onClick={() => onRetry(a)}
                className="mt-1 min-h-11 font-semibold text-brand-700 underline"
              >
                Try again
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

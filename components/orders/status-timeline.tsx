import type { OrderDetailJson } from "./order-detail-types";
import { ORDER_STATUS_LABEL, formatIst } from "./format";

/** Vertical timeline of status changes; the last (current) step is highlighted. */
export function StatusTimeline({ history }: { history: OrderDetailJson["history"] }) {
  if (history.length === 0) return <p className="text-sm text-slate-500">No status changes yet.</p>;
  return (
    <ol className="relative ml-2 border-l-2 border-slate-200" aria-label="Status history">
      {history.map((step, index) => {
        const current = index === history.length - 1;
        return (
          <li key={step.id} className="relative pb-4 pl-5 last:pb-0">
            <span
              aria-hidden
              className={`absolute top-1 -left-[9px] size-4 rounded-full ring-4 ring-white ${current ? "bg-brand-600" : "bg-slate-300"}`}
            />
            <p className={`font-semibold ${current ? "text-brand-700" : "text-slate-800"}`}>
              {step.from ? `${ORDER_STATUS_LABEL[step.from]} → ` : ""}
              {ORDER_STATUS_LABEL[step.to]}
              {current && <span className="sr-only"> (current)</span>}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={step.at}>{formatIst(step.at)}</time> · by {step.by}
            </p>
            {step.reason && <p className="mt-0.5 text-sm text-slate-800">“{step.reason}”</p>}
          </li>
        );
      })}
    </ol>
  );
}

import { formatIst, formatIstDay } from "./format";
import type { OrderDetailJson } from "./order-detail-types";

type Tracking = NonNullable<OrderDetailJson["shipments"][number]["tracking"]>;

/** The delivery promise, and each change of it when the courier moved it. */
function DeliveryPromise({ tracking }: { tracking: Tracking }) {
  if (!tracking.expectedDeliveryAt) return null;
  const changes = tracking.promises.slice(1);
  return (
    <div>
      <p>
        Expected by{" "}
        <span className="font-semibold">{formatIstDay(tracking.expectedDeliveryAt)}</span>
        {tracking.firstPromisedAt && (
          <span className="font-semibold text-amber-800">
            {" "}
            · running late (first promised {formatIstDay(tracking.firstPromisedAt)})
          </span>
        )}
      </p>
      {changes.length > 0 && (
        <details className="text-slate-600">
          <summary className="cursor-pointer">
            Promise changed {changes.length} {changes.length === 1 ? "time" : "times"}
          </summary>
          <ul className="mt-1 ml-4 list-disc">
            {tracking.promises.map((p) => (
              <li key={p.recordedAt}>
                {formatIstDay(p.expectedDeliveryAt)}, told {formatIst(p.recordedAt)} ({p.source})
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The tracking history in plain words, with the courier's own text under each line. */
function Timeline({ lines }: { lines: Tracking["timeline"] }) {
  if (lines.length === 0) return <p className="text-slate-500">No scans yet.</p>;
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-brand-700">
        Tracking history ({lines.length})
      </summary>
      <ol className="mt-2 ml-1 border-l-2 border-slate-200" aria-label="Tracking history">
        {lines.map((line, index) => (
          <li key={`${line.at}-${index}`} className="relative pb-3 pl-4 last:pb-0">
            <span
              aria-hidden
              className={`absolute top-1.5 -left-[5px] size-2 rounded-full ${index === 0 ? "bg-brand-600" : "bg-slate-300"}`}
            />
            <p className="font-semibold text-slate-900">
              {line.title}
              {line.unknownStatus && (
                <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900">
                  unknown status
                </span>
              )}
            </p>
            <p className="text-slate-600">
              {line.place ? `${line.place} · ` : ""}
              <time dateTime={line.at}>{formatIst(line.at)}</time>
            </p>
            {line.raw.map((raw, i) => (
              <p key={i} className="font-mono text-xs break-words text-slate-500">
                {raw}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** What the courier says about one shipment, for ops: its words, promise, attempts, weight. */
export function ShipmentTracking({ tracking }: { tracking: Tracking }) {
  const { courierStatus: said } = tracking;
  const facts = [
    tracking.deliveryAttempts !== null && `Delivery attempts: ${tracking.deliveryAttempts}`,
    tracking.chargedWeightGrams !== null &&
      `Charged weight: ${(tracking.chargedWeightGrams / 1000).toFixed(2)} kg`,
  ].filter(Boolean);
  return (
    <div className="mt-1 flex flex-col gap-1 text-sm">
      {said && (
        <p className="text-slate-700">
          Courier says: <span className="font-semibold">{said.words}</span>
          {said.remarks && said.remarks !== said.words ? ` — ${said.remarks}` : ""}
          {said.location ? ` · ${said.location}` : ""}
          {said.at && (
            <>
              {" · "}
              <time dateTime={said.at}>{formatIst(said.at)}</time>
            </>
          )}
        </p>
      )}
      <DeliveryPromise tracking={tracking} />
      {facts.length > 0 && <p className="text-slate-700">{facts.join(" · ")}</p>}
      {tracking.previousAwbs.map((a) => (
        <p key={a.awb} className="text-slate-700">
          Re-created by the courier {formatIst(a.replacedAt)}; earlier AWB{" "}
          <span className="font-mono select-all">{a.awb}</span>
        </p>
      ))}
      <Timeline lines={tracking.timeline} />
    </div>
  );
}

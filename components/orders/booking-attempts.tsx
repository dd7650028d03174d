import { formatIst } from "./format";
import type { OrderDetailJson } from "./order-detail-types";

type Attempt = OrderDetailJson["shipments"][number]["attempts"][number];

const OUTCOME = {
  BOOKED: { label: "Booked", tone: "text-emerald-700" },
  REFUSED: { label: "Refused", tone: "text-red-700" },
  UNKNOWN: { label: "No answer", tone: "text-amber-700" },
} as const;

/**
 * A booking's courier attempts, oldest first: which account was tried, what came of it and
 * why, so ops see why the parcel went to its courier (or why none took it). Runs are numbered
 * when the booking was tried more than once.
 */
export function BookingAttempts({
  attempts,
  choiceReason,
}: {
  attempts: Attempt[];
  choiceReason: string | null;
}) {
  if (attempts.length === 0) return null;
  const runs = new Set(attempts.map((a) => a.run)).size;
  return (
    <div className="mt-1" data-testid="booking-attempts">
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Courier attempts
      </p>
      <ol className="mt-1 flex flex-col gap-1">
        {attempts.map((a) => (
          <li key={a.id} data-testid="booking-attempt" className="text-slate-700">
            <span className={`font-semibold ${OUTCOME[a.outcome].tone}`}>
              {OUTCOME[a.outcome].label}
            </span>{" "}
            · {a.accountName}
            {runs > 1 && ` · try ${a.run}`} · {formatIst(a.at)}
            <br />
            <span className="text-slate-600">{a.reason}</span>
          </li>
        ))}
      </ol>
      {choiceReason && <p className="mt-1 text-xs text-slate-500">Why: {choiceReason}</p>}
    </div>
  );
}

import Link from "next/link";
import type { NdrQueueRow } from "@/lib/ndr/get-ndr-queue";
import { formatNdrTime } from "@/lib/shipping/ndr-rules";

const KIND = {
  REATTEMPT: "Re-attempt",
  RTO: "Return to origin",
  CHANGE_ADDRESS: "Address change",
  CHANGE_PHONE: "Phone change",
} as const;

function nextStepText(row: NdrQueueRow): string {
  if (row.taken) return `Answered: ${KIND[row.taken.kind]} (by ${row.taken.by})`;
  const step = row.nextStep;
  if (!step) return "No rule fits: waiting for ops";
  if (step.done) return `Rule asked ${KIND[step.kind]}: ${step.done}`;
  return `Rule: ${KIND[step.kind]} at ${formatNdrTime(new Date(step.at!))} IST`;
}

/** One card per parcel (phone first); the same cards line up in a grid on a desk screen. */
export function NdrQueue({ rows }: { rows: NdrQueueRow[] }) {
  return (
    <ul className="grid gap-3 lg:grid-cols-2" aria-label="Failed deliveries">
      {rows.map((row) => (
        <li
          key={row.shipmentId}
          data-testid="ndr-queue-row"
          data-awb={row.awb ?? ""}
          className="rounded-xl border border-slate-200 bg-white p-4"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link
              href={`/orders/${row.orderId}`}
              className="font-semibold text-brand-700 underline"
            >
              {row.orderNumber}
            </Link>
            <span className="text-sm text-slate-600">
              AWB {row.awb} · {row.payment === "COD" ? "COD" : "Prepaid"} · {row.city}
            </span>
          </div>
          <p className="mt-1 text-sm text-slate-800">{row.reason ?? "No reason given"}</p>
          <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-500">Waiting</dt>
            <dd>{row.ageHours} h</dd>
            <dt className="text-slate-500">Attempts</dt>
            <dd>{row.attempts}</dd>
            <dt className="text-slate-500">Buyer</dt>
            <dd>
              {row.buyerAnswer
                ? `${KIND[row.buyerAnswer.kind]} (${row.buyerAnswer.status.toLowerCase()})`
                : "No answer yet"}
            </dd>
            <dt className="text-slate-500">Next</dt>
            <dd>{nextStepText(row)}</dd>
          </dl>
          <a href={row.buyerLink} className="mt-2 inline-block text-sm text-brand-700 underline">
            Buyer&apos;s fix-delivery link
          </a>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { formatPaise } from "@/components/orders/format";
import { formatIstDeadline } from "@/lib/freight/dispute-deadline";
import type { WeightDiscrepancy } from "@/lib/freight/list-weight-discrepancies";
import { DisputeActions } from "./dispute-actions";
import { DISPUTE_LABEL, DISPUTE_TONE, kg } from "./weight-format";

const SOURCE: Record<WeightDiscrepancy["source"], string> = {
  TRACKING: "tracking",
  BILLING_FILE: "billing file",
  COURIER_API: "the courier's order record",
};

function Evidence({ row }: { row: WeightDiscrepancy }) {
  const e = row.evidence;
  const box = e.box
    ? `${e.box.lengthCm} × ${e.box.breadthCm} × ${e.box.heightCm} cm`
    : "none recorded";
  const items: [string, string][] = [
    ["Packed weight", kg(e.deadWeightGrams)],
    ["Box", e.boxName ? `${e.boxName} (${box})` : box],
    ["Volumetric", e.box ? `${kg(e.volumetricGrams)} (÷ ${e.volumetricDivisor})` : "—"],
    ["Expected", `${kg(e.expectedWeightGrams)} (${e.slabGrams} g slabs)`],
    ["Courier charged", kg(row.chargedWeightGrams)],
    ["Over by", kg(e.excessGrams)],
    [
      "Freight",
      row.chargedPaise === null
        ? "not billed yet"
        : `${formatPaise(row.chargedPaise)}${row.expectedPaise !== null ? ` (quoted ${formatPaise(row.expectedPaise)})` : ""}`,
    ],
    ["Packing photo", "not taken (Packline records none yet)"],
  ];
  return (
    <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-1.5 text-sm sm:grid-cols-4">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Flagged charges as cards (one column on a phone, two on a desk), deadline first. */
export function DiscrepancyList({ rows }: { rows: WeightDiscrepancy[] }) {
  return (
    <ul className="grid gap-3 xl:grid-cols-2" aria-label="Weight discrepancies">
      {rows.map((row) => {
        const status = row.dispute?.status;
        const last = row.dispute?.events.at(-1);
        return (
          <li
            key={row.checkId}
            data-testid="weight-discrepancy"
            data-awb={row.awb ?? ""}
            className="rounded-xl bg-white p-4 ring-1 ring-slate-200"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link
                href={`/orders/${row.orderId}`}
                className="font-semibold text-brand-700 underline"
              >
                {row.orderNumber}
              </Link>
              <span
                className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${DISPUTE_TONE[status ?? "NONE"]}`}
              >
                {status ? DISPUTE_LABEL[status] : "Not disputed"}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600">
              AWB {row.awb} · <span className="capitalize">{row.courier.toLowerCase()}</span> (
              {row.accountName}) · from {SOURCE[row.source]}
            </p>
            <p className="mt-1 text-sm font-semibold text-slate-900" data-testid="dispute-deadline">
              {row.canOpen || status === "OPEN" || status === "SUBMITTED"
                ? `Dispute by ${formatIstDeadline(row.deadlineAt)}`
                : `Deadline was ${formatIstDeadline(row.deadlineAt)}`}
            </p>
            <Evidence row={row} />
            {last?.note && (
              <p className="mt-2 text-sm text-slate-700">
                Last note ({last.byName}): {last.note}
              </p>
            )}
            <div className="mt-3">
              <DisputeActions
                checkId={row.checkId}
                awb={row.awb ?? ""}
                canOpen={row.canOpen}
                dispute={row.dispute ? { id: row.dispute.id, status: row.dispute.status } : null}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

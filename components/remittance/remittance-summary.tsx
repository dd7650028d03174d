import Link from "next/link";
import { formatPaise } from "@/components/orders/format";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { ReconciliationSummary } from "@/lib/remittance/load-reconciliation-summary";
import { RECONCILIATION_STATES, type ReconciliationState } from "@/lib/validation/remittance";
import { COURIER_LABEL, STATE_LABEL, StateBadge } from "./labels";

/** What a state's money is: what is owed for short and late, what was paid otherwise. */
function amountOf(state: ReconciliationState, t: { expectedPaise: number; remittedPaise: number }) {
  if (state === "SHORT") return `${formatPaise(t.expectedPaise - t.remittedPaise)} short`;
  if (state === "LATE" || state === "AWAITING") return `${formatPaise(t.expectedPaise)} due`;
  if (state === "OVER") return `${formatPaise(t.remittedPaise - t.expectedPaise)} over`;
  return formatPaise(t.remittedPaise);
}

/** One card per courier (a column on a desk, a stack on a phone), every state a filter link. */
export function RemittanceSummary({ summary }: { summary: ReconciliationSummary }) {
  const couriers = [...new Set(summary.totals.map((t) => t.courier))] as CourierCode[];
  const owed = summary.totals
    .filter((t) => t.state === "SHORT" || t.state === "LATE")
    .reduce((sum, t) => sum + t.expectedPaise - t.remittedPaise, 0);
  const remitted = summary.totals.reduce((sum, t) => sum + t.remittedPaise, 0);
  return (
    <section aria-label="Summary by courier" className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" data-testid="remittance-totals">
        Remitted {formatPaise(remitted)} in all · owed (short and late) {formatPaise(owed)}
      </p>
      <ul className="grid gap-3 md:grid-cols-3">
        {couriers.map((courier) => (
          <li
            key={courier}
            data-testid="remittance-courier"
            className="rounded-xl border border-slate-200 bg-white p-4"
          >
            <h2 className="font-semibold text-slate-900">{COURIER_LABEL[courier]}</h2>
            <p className="text-xs text-slate-500">
              Late after {summary.lateAfterDays[courier]} days from delivery
            </p>
            <dl className="mt-2 flex flex-col gap-1.5 text-sm">
              {RECONCILIATION_STATES.map((state) => {
                const t = summary.totals.find((x) => x.courier === courier && x.state === state);
                if (!t) return null;
                return (
                  <div key={state} className="flex items-center justify-between gap-2">
                    <dt>
                      <Link
                        href={`?courier=${courier}&state=${state}`}
                        prefetch={false}
                        aria-label={`${COURIER_LABEL[courier]}: ${STATE_LABEL[state]}`}
                      >
                        <StateBadge state={state} />
                      </Link>
                    </dt>
                    <dd className="text-right tabular-nums text-slate-800">
                      {t.parcels} · {amountOf(state, t)}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

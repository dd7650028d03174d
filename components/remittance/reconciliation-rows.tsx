import Link from "next/link";
import { formatIst, formatPaise } from "@/components/orders/format";
import { buttonClass } from "@/components/ui/button";
import type { ReconciliationRow } from "@/lib/remittance/list-reconciliation-rows";
import { COURIER_LABEL, StateBadge } from "./labels";

const money = (paise: number | null) => (paise === null ? "—" : formatPaise(paise));

function Difference({ row }: { row: ReconciliationRow }) {
  if (row.differencePaise === 0) return <span className="text-slate-500">—</span>;
  const owed = row.differencePaise > 0;
  return (
    <span className={owed ? "font-semibold text-red-700" : "font-semibold text-amber-800"}>
      {owed ? "" : "+"}
      {formatPaise(Math.abs(row.differencePaise))} {owed ? "owed" : "over"}
    </span>
  );
}

/** The rows as a table on a desk, as cards on a phone, with a link to the next page. */
export function ReconciliationRows({
  rows,
  nextHref,
}: {
  rows: ReconciliationRow[];
  nextHref: string | null;
}) {
  return (
    <section aria-label="Reconciliation rows" className="flex flex-col gap-3">
      <table className="hidden w-full border-collapse text-sm md:table">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 pr-3">AWB</th>
            <th className="pr-3">Courier</th>
            <th className="pr-3">State</th>
            <th className="pr-3">Order</th>
            <th className="pr-3 text-right">COD collected</th>
            <th className="pr-3 text-right">Remitted</th>
            <th className="pr-3 text-right">Difference</th>
            <th className="pr-3">Delivered</th>
            <th>Remitted on / note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.awb}
              data-testid="reconciliation-row"
              data-awb={row.awb}
              className="border-t border-slate-200 align-top"
            >
              <td className="py-2 pr-3 font-mono whitespace-nowrap">{row.awb}</td>
              <td className="pr-3">{COURIER_LABEL[row.courier]}</td>
              <td className="pr-3">
                <StateBadge state={row.state} />
              </td>
              <td className="pr-3 whitespace-nowrap">{row.orderNumber ?? "—"}</td>
              <td className="pr-3 text-right tabular-nums">{money(row.expectedPaise)}</td>
              <td className="pr-3 text-right tabular-nums">{money(row.remittedPaise)}</td>
              <td className="pr-3 text-right tabular-nums">
                <Difference row={row} />
              </td>
              <td className="pr-3">{row.deliveredAt ? formatIst(row.deliveredAt) : "—"}</td>
              <td>
                {row.remittedAt ? `${formatIst(row.remittedAt)} · ${row.references}` : ""}
                {row.note && <span className="block text-amber-900">{row.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((row) => (
          <li
            key={row.awb}
            data-testid="reconciliation-card"
            data-awb={row.awb}
            className="rounded-xl border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex items-center justify-between gap-2">
              <span className="font-mono font-semibold">{row.awb}</span>
              <StateBadge state={row.state} />
            </div>
            <p className="text-slate-600">
              {COURIER_LABEL[row.courier]} · {row.orderNumber ?? "no order"}
            </p>
            <p className="mt-1 tabular-nums">
              Collected {money(row.expectedPaise)} · remitted {money(row.remittedPaise)}
            </p>
            <p className="tabular-nums">
              <Difference row={row} />
            </p>
            {row.note && <p className="text-amber-900">{row.note}</p>}
          </li>
        ))}
      </ul>
      {nextHref && (
        <Link
          href={nextHref}
          prefetch={false}
          className={buttonClass("secondary", "md", "self-start")}
        >
          Next page
        </Link>
      )}
    </section>
  );
}

import { formatPaise } from "@/components/orders/format";
import type { FreightMonth } from "@/lib/freight/freight-totals";

const MONTH = new Intl.DateTimeFormat("en-IN", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthName = (m: string) => MONTH.format(new Date(`${m}-01T00:00:00Z`));

function cells(r: FreightMonth): [string, string][] {
  return [
    ["Parcels", String(r.parcels)],
    ["Flagged", String(r.flagged)],
    ["Billed", String(r.billed)],
    ["Charged", formatPaise(r.chargedPaise)],
    ["Expected", formatPaise(r.expectedPaise)],
    ["Overcharge", formatPaise(r.overchargePaise)],
  ];
}

/**
 * Freight charged vs expected per courier account and IST month: a table from tablet width up,
 * one card per row on a phone, so nothing scrolls sideways.
 */
export function FreightTotalsTable({ rows }: { rows: FreightMonth[] }) {
  const title = (r: FreightMonth) => `${monthName(r.month)} · ${r.accountName}`;
  const total = rows.reduce((sum, r) => sum + r.overchargePaise, 0);
  return (
    <>
      <p className="mb-2 text-sm text-slate-700" data-testid="overcharge-total">
        Overcharged in these months: <strong>{formatPaise(total)}</strong> (money sums count the
        parcels whose freight the courier stated; tracking states weights only)
      </p>
      <ul className="space-y-3 sm:hidden" aria-label="Freight by month">
        {rows.map((r) => (
          <li
            key={`${r.month}:${r.accountName}`}
            className="rounded-xl bg-white p-4 ring-1 ring-slate-200"
          >
            <p className="font-semibold text-slate-900">{title(r)}</p>
            <dl className="mt-2 grid grid-cols-3 gap-x-3 gap-y-2 text-sm">
              {cells(r).map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200 sm:block">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2 font-semibold">Month (IST)</th>
              <th className="px-3 py-2 font-semibold">Courier account</th>
              {cells(rows[0]!).map(([label]) => (
                <th key={label} className="px-3 py-2 text-right font-semibold">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.month}:${r.accountName}`} className="border-t border-slate-100">
                <td className="px-3 py-2">{monthName(r.month)}</td>
                <td className="px-3 py-2">
                  <span className="capitalize">{r.courier.toLowerCase()}</span> · {r.accountName}
                </td>
                {cells(r).map(([label, value]) => (
                  <td key={label} className="px-3 py-2 text-right tabular-nums">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

import type { StockReportRow } from "@/lib/warehouse/load-stock-report";

const when = new Intl.DateTimeFormat("en-IN", {
  timeZone: "Asia/Kolkata",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const fmt = (iso: string) => when.format(new Date(iso));

function Orders({ numbers }: { numbers: string[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {numbers.map((n) => (
        <span
          key={n}
          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800"
        >
          {n}
        </span>
      ))}
    </span>
  );
}

/** SKUs short in the range: a table on wide screens, cards on a phone. */
export function StockReportTable({ rows }: { rows: StockReportRow[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Out-of-stock SKUs, biggest shortfall first</caption>
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">
                SKU
              </th>
              <th scope="col" className="px-4 py-3">
                Product
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                Units short
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                Reports
              </th>
              <th scope="col" className="px-4 py-3">
                Affected orders
              </th>
              <th scope="col" className="px-4 py-3">
                Last reported (IST)
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.sku} className="align-top">
                <td className="px-4 py-3 font-mono font-semibold text-slate-900">{r.sku}</td>
                <td className="px-4 py-3">
                  <span className="block text-slate-900">{r.title}</span>
                  <span className="text-xs text-slate-500">
                    {[r.category, r.binLocation && `bin ${r.binLocation}`]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </td>
                <td className="px-4 py-3 text-right text-base font-bold text-red-700 tabular-nums">
                  {r.qtyShort}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{r.reports}</td>
                <td className="max-w-xs px-4 py-3">
                  <Orders numbers={r.orderNumbers} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                  {fmt(r.lastReportedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-2 md:hidden" aria-label="Out-of-stock SKUs">
        {rows.map((r) => (
          <li key={r.sku} className="rounded-xl border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-mono font-semibold text-slate-900">{r.sku}</p>
                <p className="text-slate-800">{r.title}</p>
              </div>
              <p className="shrink-0 text-right">
                <span className="block text-2xl font-bold text-red-700 tabular-nums">
                  {r.qtyShort}
                </span>
                <span className="text-xs text-slate-600">short</span>
              </p>
            </div>
            <p className="mt-2 text-xs text-slate-600">
              {r.reports} {r.reports === 1 ? "report" : "reports"} · last {fmt(r.lastReportedAt)}{" "}
              IST
            </p>
            <div className="mt-2">
              <Orders numbers={r.orderNumbers} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

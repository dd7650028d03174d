import type { CourierZoneRates } from "@/lib/dashboard/courier-rates";
import { ZONE_LABEL } from "@/lib/dashboard/zone";
import { formatRupees } from "@/lib/warehouse/format";

const pct = (value: number | null) => (value === null ? "—" : `${value}%`);

const cost = (r: CourierZoneRates) =>
  r.costPerShipmentPaise === null ? "—" : formatRupees(r.costPerShipmentPaise);

/**
 * The same figures as the chart, with counts, days and cost, one row per courier and zone: a
 * table from tablet width up, and on a phone one card per row, so nothing scrolls sideways.
 */
export function CourierPerformanceTable({ rows }: { rows: CourierZoneRates[] }) {
  return (
    <>
      <ul className="space-y-3 sm:hidden" aria-label="Courier performance by zone">
        {rows.map((r) => (
          <li
            key={`${r.courier}:${r.zone}`}
            className="rounded-xl bg-white p-4 ring-1 ring-slate-200"
          >
            <p className="font-semibold text-slate-900">
              <span className="capitalize">{r.courier.toLowerCase()}</span> · {ZONE_LABEL[r.zone]}
            </p>
            <dl className="mt-2 grid grid-cols-3 gap-x-3 gap-y-2 text-sm">
              {(
                [
                  ["Shipments", String(r.shipments)],
                  ["On time", pct(r.onTimePercent)],
                  ["First attempt", pct(r.firstAttemptPercent)],
                  ["RTO", pct(r.rtoPercent)],
                  ["Days", String(r.averageDaysToDeliver ?? "—")],
                  ["Cost", cost(r)],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="font-semibold tabular-nums text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <CourierPerformanceRows rows={rows} />
    </>
  );
}

function CourierPerformanceRows({ rows }: { rows: CourierZoneRates[] }) {
  return (
    <div className="hidden overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200 sm:block">
      <table className="w-full text-sm">
        <caption className="sr-only">Courier performance by zone</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-3 py-2">Courier</th>
            <th className="px-3 py-2">Zone</th>
            <th className="px-3 py-2 text-right">Shipments</th>
            <th className="px-3 py-2 text-right">On time</th>
            <th className="px-3 py-2 text-right">First attempt</th>
            <th className="px-3 py-2 text-right">RTO</th>
            <th className="px-3 py-2 text-right">Days to deliver</th>
            <th className="px-3 py-2 text-right">Cost / shipment</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={`${r.courier}:${r.zone}`}>
              <td className="px-3 py-2 font-semibold capitalize">{r.courier.toLowerCase()}</td>
              <td className="px-3 py-2 whitespace-nowrap">{ZONE_LABEL[r.zone]}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.shipments}</td>
              <td className="px-3 py-2 text-right tabular-nums">{pct(r.onTimePercent)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{pct(r.firstAttemptPercent)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{pct(r.rtoPercent)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.averageDaysToDeliver ?? "—"}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{cost(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

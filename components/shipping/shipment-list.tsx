import Link from "next/link";
import type { ShipmentRow } from "@/lib/shipping/get-shipping-overview";
import { NdrRowActions } from "./ndr-row-actions";
import { ShipmentStatusBadge } from "./shipment-status-badge";

const ist = new Intl.DateTimeFormat("en-IN", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Kolkata",
});

/** Why the delivery failed, for a parcel in NDR. */
function NdrReason({ row }: { row: ShipmentRow }) {
  if (!row.ndr?.inNdr || !row.ndr.reason) return null;
  return (
    <p className="mt-1 text-sm text-amber-900">
      {row.ndr.reason}
      {row.ndr.failedAt && (
        <span className="text-slate-500"> · {ist.format(new Date(row.ndr.failedAt))}</span>
      )}
    </p>
  );
}

/** Re-attempt / RTO for a parcel in NDR, and what was asked already. */
function NdrCell({ row }: { row: ShipmentRow }) {
  if (!row.ndr || !row.awb || (!row.ndr.inNdr && row.ndr.actions.length === 0)) return null;
  return <NdrRowActions shipmentId={row.id} awb={row.awb} ndr={row.ndr} />;
}

/** A table on wide screens, stacked cards on a phone. */
export function ShipmentList({ shipments }: { shipments: ShipmentRow[] }) {
  const withNdr = shipments.some((s) => s.ndr);
  return (
    <>
      <table className="hidden w-full overflow-hidden rounded-xl bg-white text-left text-sm ring-1 ring-slate-200 md:table">
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3">Order</th>
            <th className="px-4 py-3">AWB</th>
            <th className="px-4 py-3">Courier</th>
            <th className="px-4 py-3">Status</th>
            <th className="px-4 py-3">To</th>
            <th className="px-4 py-3">Updated</th>
            {withNdr && <th className="px-4 py-3">NDR</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shipments.map((s) => (
            <tr
              key={s.id}
              data-testid="shipment-row"
              data-awb={s.awb ?? ""}
              className="align-top hover:bg-slate-50"
            >
              <td className="px-4 py-3 font-semibold whitespace-nowrap">
                <Link href={`/orders/${s.orderId}`} className="text-brand-700 hover:underline">
                  {s.orderNumber}
                </Link>
              </td>
              <td className="px-4 py-3 font-mono">
                {s.awb ? (
                  // a plain link: the customer's page is HTML from a route handler, not a Next page
                  // the router could prefetch (each prefetch would be a rate-limited look-up)
                  <a href={`/track/${s.awb}`} className="hover:underline">
                    {s.awb}
                  </a>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-4 py-3 capitalize">{s.courier?.toLowerCase() ?? "—"}</td>
              <td className="px-4 py-3">
                <ShipmentStatusBadge status={s.status} />
                {s.failureReason && <p className="mt-1 text-xs text-red-700">{s.failureReason}</p>}
                <NdrReason row={s} />
              </td>
              <td className="px-4 py-3">{s.city}</td>
              <td className="px-4 py-3 text-slate-600">{ist.format(s.updatedAt)}</td>
              {withNdr && (
                <td className="w-96 px-4 py-3">
                  <NdrCell row={s} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-2 md:hidden">
        {shipments.map((s) => (
          <li
            key={s.id}
            data-testid="shipment-row"
            data-awb={s.awb ?? ""}
            className="rounded-xl bg-white p-4 ring-1 ring-slate-200"
          >
            <Link href={`/orders/${s.orderId}`} className="block">
              <div className="flex items-center justify-between gap-2">
                <span className="font-semibold text-brand-700">{s.orderNumber}</span>
                <ShipmentStatusBadge status={s.status} />
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <span className="font-mono">{s.awb ?? "No AWB"}</span> ·{" "}
                <span className="capitalize">{s.courier?.toLowerCase() ?? "—"}</span> · {s.city}
              </p>
              {s.failureReason && <p className="mt-1 text-sm text-red-700">{s.failureReason}</p>}
              <NdrReason row={s} />
            </Link>
            {s.ndr && (
              <div className="mt-3">
                <NdrCell row={s} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

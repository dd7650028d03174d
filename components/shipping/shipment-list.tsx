import Link from "next/link";
import type { ShipmentRow } from "@/lib/shipping/get-shipping-overview";
import { ShipmentStatusBadge } from "./shipment-status-badge";

const ist = new Intl.DateTimeFormat("en-IN", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Kolkata",
});

/** A table on wide screens, stacked cards on a phone. */
export function ShipmentList({ shipments }: { shipments: ShipmentRow[] }) {
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
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shipments.map((s) => (
            <tr key={s.id} className="hover:bg-slate-50">
              <td className="px-4 py-3 font-semibold">
                <Link href={`/orders/${s.orderId}`} className="text-brand-700 hover:underline">
                  {s.orderNumber}
                </Link>
              </td>
              <td className="px-4 py-3 font-mono">
                {s.awb ? (
                  <Link href={`/track/${s.awb}`} className="hover:underline">
                    {s.awb}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-4 py-3 capitalize">{s.courier?.toLowerCase() ?? "—"}</td>
              <td className="px-4 py-3">
                <ShipmentStatusBadge status={s.status} />
                {s.failureReason && <p className="mt-1 text-xs text-red-700">{s.failureReason}</p>}
              </td>
              <td className="px-4 py-3">{s.city}</td>
              <td className="px-4 py-3 text-slate-600">{ist.format(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-2 md:hidden">
        {shipments.map((s) => (
          <li key={s.id}>
            <Link
              href={`/orders/${s.orderId}`}
              className="block rounded-xl bg-white p-4 ring-1 ring-slate-200"
            >
              <div className="flex items-center justify-between gap-2">
                <span className="font-semibold text-slate-900">{s.orderNumber}</span>
                <ShipmentStatusBadge status={s.status} />
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <span className="font-mono">{s.awb ?? "No AWB"}</span> ·{" "}
                <span className="capitalize">{s.courier?.toLowerCase() ?? "—"}</span> · {s.city}
              </p>
              {s.failureReason && <p className="mt-1 text-sm text-red-700">{s.failureReason}</p>}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

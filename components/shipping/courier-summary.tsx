import type { ShippingOverview } from "@/lib/shipping/get-shipping-overview";
import { ATTENTION_STATUSES } from "@/lib/shipping/get-shipping-overview";

const IN_FLIGHT = new Set([
  "BOOKED",
  "PICKUP_SCHEDULED",
  "PICKED_UP",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
]);

/** One card per courier: how many parcels are moving, delivered, and need someone's attention. */
export function CourierSummary({ counts }: { counts: ShippingOverview["counts"] }) {
  const couriers = [...new Set(counts.map((c) => c.courier ?? "UNASSIGNED"))].sort();
  if (couriers.length === 0) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {couriers.map((courier) => {
        const rows = counts.filter((c) => (c.courier ?? "UNASSIGNED") === courier);
        const sum = (pick: (status: string) => boolean) =>
          rows.filter((r) => pick(r.status)).reduce((n, r) => n + r.count, 0);
        const attention = sum((s) => (ATTENTION_STATUSES as string[]).includes(s));
        return (
          <li key={courier} className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
            <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
              {courier.toLowerCase()}
            </p>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-center">
              <div>
                <dt className="text-xs text-slate-500">Moving</dt>
                <dd className="text-xl font-bold text-slate-900">{sum((s) => IN_FLIGHT.has(s))}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Delivered</dt>
                <dd className="text-xl font-bold text-emerald-700">
                  {sum((s) => s === "DELIVERED")}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Attention</dt>
                <dd
                  className={`text-xl font-bold ${attention ? "text-red-700" : "text-slate-400"}`}
                >
                  {attention}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

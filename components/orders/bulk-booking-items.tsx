import Link from "next/link";
import type { BulkBookingItemState, CourierCode } from "@/lib/generated/prisma/enums";
import type { BulkBookingItemView } from "@/lib/shipping/bulk-booking/bulk-booking-view";

const STATE: Record<BulkBookingItemState, { label: string; tone: string }> = {
  QUEUED: { label: "Waiting", tone: "bg-slate-100 text-slate-700 ring-slate-200" },
  BOOKED: { label: "Booked", tone: "bg-emerald-100 text-emerald-800 ring-emerald-200" },
  FAILED: { label: "Failed", tone: "bg-red-100 text-red-800 ring-red-200" },
  SKIPPED: { label: "Skipped", tone: "bg-amber-100 text-amber-900 ring-amber-200" },
};

const COURIER: Record<CourierCode, string> = {
  SHIPROCKET: "Shiprocket",
  EKART: "Ekart",
  DELHIVERY: "Delhivery",
};

// Failures first (they need someone), then waiting, skipped and booked, each by order number.
const RANK: Record<BulkBookingItemState, number> = { FAILED: 0, QUEUED: 1, SKIPPED: 2, BOOKED: 3 };

/** Every order of a bulk booking with its outcome: the AWB and courier, or the reason. */
export function BulkBookingItems({ items }: { items: BulkBookingItemView[] }) {
  const sorted = [...items].sort(
    (a, b) => RANK[a.state] - RANK[b.state] || a.orderNumber.localeCompare(b.orderNumber),
  );
  return (
    <ul
      aria-label="Orders in this bulk booking"
      className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white"
    >
      {sorted.map((item) => (
        <li
          key={item.orderId}
          data-testid="bulk-booking-item"
          data-state={item.state}
          className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2"
        >
          <Link href={`/orders/${item.orderId}`} className="font-semibold text-brand-700 underline">
            {item.orderNumber}
          </Link>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${STATE[item.state].tone}`}
          >
            {STATE[item.state].label}
          </span>
          {item.awb && (
            <span className="font-mono text-slate-800">
              {item.awb}
              {item.courier ? ` · ${COURIER[item.courier]}` : ""}
            </span>
          )}
          {item.reason && (
            <span
              className={`w-full text-sm md:w-auto md:flex-1 ${item.state === "FAILED" ? "text-red-800" : "text-slate-600"}`}
            >
              {item.reason}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

"use client";

import type { ReadyToPackOrder } from "./pack-api";
import { formatPaise, formatTimeIst } from "./pack-format";

/** The packing queue, oldest first: one big tap target per order. */
export function PackQueue({
  orders,
  selectedId,
  onOpen,
}: {
  orders: ReadyToPackOrder[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}) {
  return (
    <ul className="space-y-2" aria-label="Orders ready to pack">
      {orders.map((order) => {
        const selected = order.id === selectedId;
        return (
          <li key={order.id}>
            <button
              type="button"
              onClick={() => onOpen(order.id)}
              aria-current={selected ? "true" : undefined}
              className={`block min-h-16 w-full rounded-xl border-2 px-4 py-3 text-left transition-colors ${
                selected
                  ? "border-brand-600 bg-brand-50"
                  : "border-slate-200 bg-white hover:border-slate-400"
              }`}
            >
              <span className="flex items-baseline justify-between gap-2">
                <span className="font-mono text-lg font-bold text-slate-900">{order.number}</span>
                <span className="text-sm text-slate-600">{formatTimeIst(order.placedAt)}</span>
              </span>
              <span className="mt-0.5 block truncate text-slate-700">
                {order.customerName} · {order.city}
              </span>
              <span className="mt-2 flex flex-wrap gap-1.5 text-sm font-semibold">
                <span className="rounded-md bg-slate-100 px-2 py-0.5 text-slate-800">
                  {order.unitsPicked} {order.unitsPicked === 1 ? "unit" : "units"}
                </span>
                {order.unitsVerified > 0 && (
                  <span className="rounded-md bg-emerald-100 px-2 py-0.5 text-emerald-900">
                    {order.unitsVerified}/{order.unitsPicked} scanned
                  </span>
                )}
                {order.hasShortItems && (
                  <span className="rounded-md bg-amber-200 px-2 py-0.5 text-amber-950">
                    {order.unitsShort} short
                    {order.packDecision === "SHIP_PARTIAL" ? " · ship partial" : ""}
                  </span>
                )}
                {order.paymentMethod === "COD" && (
                  <span className="rounded-md bg-violet-100 px-2 py-0.5 text-violet-900">
                    COD {formatPaise(order.codAmountPaise)}
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

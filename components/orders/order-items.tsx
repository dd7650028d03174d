import type { OrderDetailJson } from "./order-detail-types";
import { formatPaise } from "./format";

type Item = OrderDetailJson["items"][number];

function pickState(item: Item): { label: string; tone: string } {
  if (item.qtyShort > 0)
    return { label: `${item.qtyShort} short`, tone: "bg-red-100 text-red-800" };
  if (item.qtyVerified >= item.qtyOrdered)
    return { label: "Packed", tone: "bg-emerald-100 text-emerald-800" };
  if (item.qtyPicked >= item.qtyOrdered)
    return { label: "Picked", tone: "bg-emerald-100 text-emerald-800" };
  if (item.qtyPicked > 0)
    return {
      label: `${item.qtyPicked} of ${item.qtyOrdered} picked`,
      tone: "bg-amber-100 text-amber-900",
    };
  return { label: "Not picked", tone: "bg-slate-100 text-slate-700" };
}

export function OrderItems({ order }: { order: OrderDetailJson }) {
  return (
    <div>
      <ul className="divide-y divide-slate-100" aria-label="Items">
        {order.items.map((item) => {
          const state = pickState(item);
          return (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{item.title}</p>
                <p className="text-xs text-slate-500">
                  <span className="font-mono">{item.sku}</span> · {item.qtyOrdered} ×{" "}
                  {formatPaise(item.unitPricePaise)}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${state.tone}`}>
                  {state.label}
                </span>
                <span className="font-semibold tabular-nums">
                  {formatPaise(item.qtyOrdered * item.unitPricePaise)}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-200 pt-2 text-sm">
        <dt className="text-slate-600">Subtotal</dt>
        <dd className="text-right tabular-nums">{formatPaise(order.subtotalPaise)}</dd>
        <dt className="text-slate-600">Shipping</dt>
        <dd className="text-right tabular-nums">{formatPaise(order.shippingPaise)}</dd>
        {order.discountPaise > 0 && (
          <>
            <dt className="text-slate-600">Discount</dt>
            <dd className="text-right tabular-nums">−{formatPaise(order.discountPaise)}</dd>
          </>
        )}
        <dt className="font-semibold">Total</dt>
        <dd className="text-right font-semibold tabular-nums">{formatPaise(order.totalPaise)}</dd>
      </dl>
    </div>
  );
}

import type { PackOrder } from "./pack-api";

/** Items of the order: what goes in the box (scanned so far) and what was short, plainly. */
export function PackItems({
  items,
  lastSku,
}: {
  items: PackOrder["items"];
  lastSku: string | null;
}) {
  return (
    <ul
      className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white"
      aria-label="Items"
    >
      {items.map((item) => {
        const done = item.qtyVerified >= item.qtyPicked;
        const allShort = item.qtyPicked === 0;
        return (
          <li
            key={item.id}
            className={`flex items-center gap-3 px-4 py-3 ${item.sku === lastSku ? "bg-emerald-50" : ""} ${
              allShort ? "bg-amber-50" : ""
            }`}
          >
            <span
              aria-hidden
              className={`flex size-12 shrink-0 items-center justify-center rounded-full text-2xl font-bold ${
                allShort
                  ? "bg-amber-300 text-amber-950"
                  : done
                    ? "bg-emerald-600 text-white"
                    : "bg-slate-200 text-slate-600"
              }`}
            >
              {allShort ? "!" : done ? "✓" : item.qtyPicked - item.qtyVerified}
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-lg leading-snug font-semibold text-slate-900">{item.title}</p>
              <p className="font-mono text-sm text-slate-600">
                {item.sku}
                {item.barcode ? ` · ${item.barcode}` : ""}
                {item.binLocation ? ` · bin ${item.binLocation}` : ""}
              </p>
              {item.qtyShort > 0 && (
                <p className="mt-1 inline-block rounded-md bg-amber-200 px-2 py-0.5 text-sm font-bold text-amber-950">
                  {allShort
                    ? `NOT IN STOCK: ${item.qtyShort} short, do not pack`
                    : `${item.qtyShort} short: pack only ${item.qtyPicked}`}
                </p>
              )}
            </div>
            <div className="text-right">
              <p className="text-2xl font-bold text-slate-900 tabular-nums">
                {item.qtyVerified}/{item.qtyPicked}
              </p>
              <p className="text-xs text-slate-600">scanned · ordered {item.qtyOrdered}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

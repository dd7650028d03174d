import { age } from "./age";
import type { PickListSku } from "@/lib/warehouse/group-pick-list";

/** One SKU to pick: where it is, what it looks like, how many, for whom, and the three actions. */
export function SkuCard({
  sku,
  now,
  onPickOne,
  onPickSome,
  onNotInStock,
  highlighted,
}: {
  sku: PickListSku;
  now: number;
  onPickOne: () => void;
  onPickSome: () => void;
  onNotInStock: () => void;
  highlighted: boolean;
}) {
  const done = sku.remaining === 0;
  const more = sku.openLines - sku.waiting.length;
  return (
    <article
      aria-label={`${sku.title}, bin ${sku.binLocation ?? "none"}`}
      data-sku={sku.sku}
      className={`flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-2 ${
        highlighted ? "ring-brand-600" : "ring-slate-200"
      } ${done ? "opacity-60" : ""}`}
    >
      <div className="flex gap-4">
        <div className="flex size-24 shrink-0 items-center justify-center overflow-hidden rounded-xl bg-slate-100 text-2xl font-bold text-slate-400">
          {sku.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- store images come from any host
            <img src={sku.imageUrl} alt="" className="size-full object-cover" />
          ) : (
            <span aria-hidden>{sku.title.slice(0, 2).toUpperCase()}</span>
          )}
        </div>
        <div className="min-w-0 flex-1">
          <p className="inline-block rounded-lg bg-slate-900 px-3 py-1 font-mono text-2xl font-bold tracking-wide text-white">
            <span className="sr-only">Bin </span>
            {sku.binLocation ?? "No bin"}
          </p>
          <h3 className="mt-2 text-xl leading-snug font-bold text-slate-900">{sku.title}</h3>
          <p className="font-mono text-base text-slate-600">{sku.sku}</p>
        </div>
        <div className="shrink-0 text-right">
          <p
            data-testid="to-pick"
            className="text-5xl leading-none font-extrabold text-slate-900 tabular-nums"
          >
            {sku.remaining}
          </p>
          <p className="text-sm font-semibold text-slate-600">to pick</p>
        </div>
      </div>
      <dl className="grid grid-cols-3 gap-2 text-center text-base">
        <div className="rounded-lg bg-slate-50 py-1">
          <dt className="text-sm text-slate-600">Ordered</dt>
          <dd className="font-bold tabular-nums">{sku.qtyOrdered}</dd>
        </div>
        <div className="rounded-lg bg-emerald-50 py-1">
          <dt className="text-sm text-emerald-800">Picked</dt>
          <dd className="font-bold text-emerald-900 tabular-nums">{sku.qtyPicked}</dd>
        </div>
        <div className="rounded-lg bg-amber-50 py-1">
          <dt className="text-sm text-amber-800">Short</dt>
          <dd className="font-bold text-amber-900 tabular-nums">{sku.qtyShort}</dd>
        </div>
      </dl>
      {sku.waiting.length > 0 && (
        <p className="text-base text-slate-700">
          <span className="font-semibold">For: </span>
          {sku.waiting.map((w, i) => (
            <span key={w.orderNumber}>
              {i > 0 && ", "}
              <span className="font-mono">{w.orderNumber}</span>
              {w.open > 1 && ` ×${w.open}`}{" "}
              <span className="text-slate-500">({age(w.placedAt, now)})</span>
            </span>
          ))}
          {more > 0 && <span className="text-slate-500"> and {more} more</span>}
        </p>
      )}
      <div className="mt-auto grid grid-cols-[2fr_1fr_1fr] gap-2">
        <button
          type="button"
          onClick={onPickOne}
          disabled={done}
          className="min-h-16 rounded-xl bg-brand-600 text-xl font-bold text-white active:bg-brand-700 disabled:bg-slate-300"
        >
          Pick 1
        </button>
        <button
          type="button"
          onClick={onPickSome}
          disabled={done}
          className="min-h-16 rounded-xl bg-white text-lg font-bold text-brand-700 ring-2 ring-brand-600 disabled:text-slate-400 disabled:ring-slate-300"
        >
          Pick…
        </button>
        <button
          type="button"
          onClick={onNotInStock}
          disabled={done}
          className="min-h-16 rounded-xl bg-white text-base leading-tight font-bold text-red-700 ring-2 ring-red-600 disabled:text-slate-400 disabled:ring-slate-300"
        >
          Not in stock
        </button>
      </div>
    </article>
  );
}

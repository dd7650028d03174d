"use client";

import { useEffect, useRef, useState } from "react";

/** A big −/+ quantity chooser for "pick several" and "not in stock"; no typing needed in gloves. */
export function QuantityDialog({
  title,
  detail,
  max,
  initial,
  confirmLabel,
  tone,
  onConfirm,
  onCancel,
}: {
  title: string;
  detail: string;
  max: number;
  initial: number;
  confirmLabel: (qty: number) => string;
  tone: "primary" | "danger";
  onConfirm: (qty: number) => void;
  onCancel: () => void;
}) {
  const [qty, setQty] = useState(Math.min(Math.max(initial, 1), max));
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const step =
    "min-h-16 min-w-16 rounded-xl bg-slate-100 text-3xl font-bold text-slate-900 ring-2 ring-slate-300 disabled:opacity-40";
  return (
    <dialog
      ref={dialog}
      aria-labelledby="qty-title"
      onCancel={onCancel}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-slate-900/60"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id="qty-title" className="text-2xl font-bold text-slate-900">
          {title}
        </h2>
        <p className="text-base text-slate-700">{detail}</p>
        <div className="flex items-center justify-center gap-4">
          <button
            type="button"
            aria-label="One fewer"
            className={step}
            disabled={qty <= 1}
            onClick={() => setQty(qty - 1)}
          >
            −
          </button>
          <output
            aria-live="polite"
            aria-label="Quantity"
            className="min-w-20 text-center text-5xl font-extrabold tabular-nums"
          >
            {qty}
          </output>
          <button
            type="button"
            aria-label="One more"
            className={step}
            disabled={qty >= max}
            onClick={() => setQty(qty + 1)}
          >
            +
          </button>
        </div>
        {max > 1 && (
          <button
            type="button"
            onClick={() => setQty(max)}
            className="min-h-12 rounded-xl bg-white text-lg font-semibold text-slate-800 ring-2 ring-slate-300"
          >
            All {max}
          </button>
        )}
        <div className="grid grid-cols-2 gap-3">
          <button
            type="button"
            onClick={onCancel}
            className="min-h-14 rounded-xl bg-white text-lg font-semibold ring-2 ring-slate-300"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={() => onConfirm(qty)}
            className={`min-h-14 rounded-xl text-lg font-bold text-white ${tone === "danger" ? "bg-red-600" : "bg-brand-600"}`}
          >
            {confirmLabel(qty)}
          </button>
        </div>
      </div>
    </dialog>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { forwardRef, useState } from "react";
import { parseScaleWeight } from "@/lib/warehouse/parse-scale-weight";
import { fetchBoxPresets, packKeys } from "./pack-api";

export interface ParcelChoice {
  weightGrams: number | null;
  boxPresetId: string | null;
}

const grams = new Intl.NumberFormat("en-IN");

/**
 * Weight and box for the booking. A USB scale types its reading into the focused weight field
 * and ends with Enter (or a unit); typing works the same way. Boxes are the admin's presets.
 */
export const ParcelFields = forwardRef<
  HTMLInputElement,
  { value: ParcelChoice; onChange: (next: ParcelChoice) => void }
>(function ParcelFields({ value, onChange }, ref) {
  const [reading, setReading] = useState("");
  const [error, setError] = useState<string | null>(null);
  const boxes = useQuery({ queryKey: packKeys.boxes, queryFn: fetchBoxPresets });
  const read = () => {
    if (reading.trim() === "") return;
    const parsed = parseScaleWeight(reading);
    setError(parsed.ok ? null : parsed.message);
    onChange({ ...value, weightGrams: parsed.ok ? parsed.grams : null });
    // cleared either way: the scale's next reading must not run into a refused one
    setReading("");
  };
  return (
    <section
      aria-labelledby="parcel-heading"
      className="rounded-xl bg-white p-4 ring-1 ring-slate-300"
    >
      <h3 id="parcel-heading" className="text-lg font-bold text-slate-900">
        Weigh and box the parcel
      </h3>
      <form
        className="mt-2 flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          read();
        }}
      >
        <label htmlFor="parcel-weight" className="sr-only">
          Weight from the scale, or typed
        </label>
        <input
          id="parcel-weight"
          ref={ref}
          value={reading}
          onChange={(event) => setReading(event.target.value)}
          onBlur={read}
          autoComplete="off"
          inputMode="decimal"
          enterKeyHint="done"
          placeholder="Scale reading, or type 1250 g"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "parcel-weight-error" : undefined}
          className="min-h-14 min-w-0 flex-1 rounded-xl border-2 border-slate-300 px-4 font-mono text-xl focus:border-brand-600"
        />
        <output aria-live="polite" className="min-w-28 text-xl font-bold text-slate-900">
          {value.weightGrams !== null ? `${grams.format(value.weightGrams)} g` : "— g"}
        </output>
      </form>
      {error && (
        <p id="parcel-weight-error" role="alert" className="mt-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      <div
        role="radiogroup"
        aria-label="Box size"
        className="mt-3 grid grid-cols-2 gap-2 md:grid-cols-4"
      >
        {boxes.isError && <p role="alert">{boxes.error.message}</p>}
        {boxes.data?.items.map((box) => (
          <button
            key={box.id}
            type="button"
            role="radio"
            aria-checked={value.boxPresetId === box.id}
            onClick={() => onChange({ ...value, boxPresetId: box.id })}
            className="min-h-14 rounded-xl border-2 border-slate-300 bg-white px-3 py-2 text-left aria-checked:border-emerald-600 aria-checked:bg-emerald-50"
          >
            <span className="block font-bold text-slate-900">{box.name}</span>
            <span className="block text-sm text-slate-600">
              {box.lengthCm}×{box.breadthCm}×{box.heightCm} cm
            </span>
          </button>
        ))}
      </div>
    </section>
  );
});

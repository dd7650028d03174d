"use client";

import { Button } from "@/components/ui/button";
import type { WaveView } from "./wave-api";

/** One bin of the walk: what to take and which tote each share goes in. */
export function WaveStopCard({
  stop,
  stopsLeft,
  missing,
  onMissing,
  onShort,
}: {
  stop: WaveView["stops"][number];
  stopsLeft: number;
  missing: string | null;
  onMissing: (value: string | null) => void;
  onShort: (qty: number) => void;
}) {
  const open = stop.drops.reduce((n, d) => n + d.qty, 0);
  return (
    <section
      aria-label="Next bin"
      className="space-y-3 rounded-xl bg-white p-4 ring-2 ring-brand-600"
    >
      <p className="text-lg text-slate-700">Bin ({stopsLeft} left)</p>
      <h2 className="font-mono text-4xl font-bold">{stop.binLocation ?? "no bin"}</h2>
      <p className="text-xl">
        <span className="font-mono font-bold">{stop.sku}</span> · {stop.title}
      </p>
      <ul className="space-y-2">
        {stop.drops.map((d) => (
          <li key={d.orderNumber} className="rounded-lg bg-brand-50 px-4 py-3 text-2xl font-bold">
            Tote {d.tote?.position ?? "?"} ← {d.qty} {d.qty === 1 ? "unit" : "units"}
            <span className="ml-3 text-base font-normal text-slate-700">{d.orderNumber}</span>
          </li>
        ))}
      </ul>
      <p className="text-lg">Drop the units, then scan the tote.</p>
      {missing === null ? (
        <Button variant="danger" size="xl" onClick={() => onMissing("")}>
          Not in stock
        </Button>
      ) : (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const qty = Number(missing);
            if (Number.isInteger(qty) && qty >= 1) onShort(Math.min(qty, open));
          }}
        >
          <label className="flex flex-col text-lg font-semibold">
            How many of {stop.sku} are missing? (up to {open})
            <input
              type="number"
              min={1}
              max={open}
              required
              value={missing}
              onChange={(e) => onMissing(e.target.value)}
              className="min-h-14 w-32 rounded-lg border-2 border-slate-300 px-3 text-xl"
            />
          </label>
          <Button variant="danger" size="xl" type="submit">
            Mark short
          </Button>
          <Button variant="secondary" size="xl" type="button" onClick={() => onMissing(null)}>
            Cancel
          </Button>
        </form>
      )}
    </section>
  );
}

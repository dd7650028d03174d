"use client";

import type { ExpectedLine } from "@/lib/receiving/expected-lines";

export interface LineCounts {
  good: number;
  damaged: number;
  missing: number;
  note: string;
}

const KINDS = [
  { key: "good", label: "Good", hint: "back to its bin" },
  { key: "damaged", label: "Damaged", hint: "write off" },
  { key: "missing", label: "Missing", hint: "claim from the courier" },
] as const;

/** One expected line: how many came back good, damaged or not at all, with big steppers. */
export function ReceiptLine({
  line,
  counts,
  error,
  onChange,
}: {
  line: ExpectedLine;
  counts: LineCounts;
  error?: string;
  onChange: (counts: LineCounts) => void;
}) {
  const total = counts.good + counts.damaged + counts.missing;
  const set = (key: (typeof KINDS)[number]["key"], value: number) =>
    onChange({ ...counts, [key]: Math.max(0, Math.min(line.expected, value)) });
  return (
    <li
      aria-label={`${line.sku} ${line.title}`}
      className="rounded-xl bg-white p-4 ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-lg font-semibold text-slate-900">
          {line.title} <span className="font-mono text-base text-slate-600">{line.sku}</span>
        </p>
        <p className="text-sm text-slate-700">
          {line.expected} expected · bin {line.binLocation ?? "none"}
        </p>
      </div>
      <div className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-3">
        {KINDS.map((kind) => (
          <div key={kind.key} className="flex items-center gap-2">
            <button
              type="button"
              aria-label={`One less ${kind.label.toLowerCase()} of ${line.sku}`}
              onClick={() => set(kind.key, counts[kind.key] - 1)}
              className="min-h-12 min-w-12 rounded-lg bg-slate-100 text-2xl font-bold text-slate-800"
            >
              −
            </button>
            <label className="flex min-w-0 flex-1 flex-col text-center">
              <span className="text-sm font-semibold text-slate-700">{kind.label}</span>
              <span className="text-xs text-slate-600">{kind.hint}</span>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={line.expected}
                value={counts[kind.key]}
                onChange={(event) => set(kind.key, Number(event.target.value) || 0)}
                className="min-h-12 rounded-lg border-2 border-slate-300 text-center text-xl font-bold"
              />
            </label>
            <button
              type="button"
              aria-label={`One more ${kind.label.toLowerCase()} of ${line.sku}`}
              onClick={() => set(kind.key, counts[kind.key] + 1)}
              className="min-h-12 min-w-12 rounded-lg bg-slate-100 text-2xl font-bold text-slate-800"
            >
              +
            </button>
          </div>
        ))}
      </div>
      {counts.damaged > 0 && (
        <label className="mt-3 block text-sm font-semibold text-slate-700">
          Why written off
          <input
            value={counts.note}
            onChange={(event) => onChange({ ...counts, note: event.target.value })}
            maxLength={500}
            placeholder="e.g. box crushed, item broken"
            className="mt-1 block min-h-12 w-full rounded-lg border-2 border-slate-300 px-3 text-base font-normal"
          />
        </label>
      )}
      {total !== line.expected && (
        <p className="mt-2 text-sm font-semibold text-amber-800">
          {total} of {line.expected} accounted for.
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}

"use client";

import { Button } from "@/components/ui/button";

export interface MappingRow {
  store: string;
  action: string;
}

const ACTIONS = [
  { value: "PLACED", label: "Import as Placed" },
  { value: "CANCELLED", label: "Cancel / don't import" },
  { value: "SKIP", label: "Ignore" },
];

/** Store status → what the import does; unmapped statuses fall back to the defaults shown. */
export function StatusMappingEditor({
  rows,
  onChange,
  defaults,
  error,
}: {
  rows: MappingRow[];
  onChange: (rows: MappingRow[]) => void;
  defaults: Record<string, string>;
  error?: string;
}) {
  const set = (i: number, patch: Partial<MappingRow>) =>
    onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-700">Status mapping</legend>
      <p className="text-sm text-slate-500">
        Defaults:{" "}
        {Object.entries(defaults)
          .map(([s, a]) => `${s} → ${a.toLowerCase()}`)
          .join(", ")}
        . Other statuses are ignored unless mapped here.
      </p>
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
            Store status
            <input
              value={row.store}
              onChange={(e) => set(i, { store: e.target.value })}
              className="min-h-11 rounded-lg border border-slate-300 px-3 font-mono text-sm font-normal"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
            Packline does
            <select
              value={row.action}
              onChange={(e) => set(i, { action: e.target.value })}
              className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm font-normal"
            >
              {ACTIONS.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
          <Button
            type="button"
            variant="ghost"
            onClick={() => onChange(rows.filter((_, k) => k !== i))}
            aria-label={`Remove mapping for ${row.store || "new status"}`}
          >
            Remove
          </Button>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => onChange([...rows, { store: "", action: "PLACED" }])}
      >
        Add a status
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

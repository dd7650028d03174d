"use client";

import type { ReactNode } from "react";

/** One channel of the settings form: a switch that turns it on, and its fields when on. */
export function ChannelSection({
  id,
  title,
  summary,
  offText,
  on,
  onToggle,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  offText: string;
  on: boolean;
  onToggle: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <h2 id={`${id}-title`} className="text-lg font-bold text-slate-900">
            {title}
          </h2>
          <p className="text-sm text-slate-600">{summary}</p>
        </div>
        <label className="flex min-h-11 items-center gap-3 text-sm font-semibold text-slate-700">
          <input
            type="checkbox"
            role="switch"
            checked={on}
            onChange={(e) => onToggle(e.target.checked)}
            className="h-5 w-5 accent-brand-600"
          />
          {on ? "On" : "Off"}
          <span className="sr-only">{title}</span>
        </label>
      </div>
      {!on && <p className="mt-4 rounded-lg bg-slate-50 p-3 text-sm text-slate-600">{offText}</p>}
      <div hidden={!on} className="mt-4">
        {children}
      </div>
    </section>
  );
}

"use client";

import { useId, useState } from "react";

/**
 * A write-only secret: the stored value never reaches the browser, so the field shows only
 * whether one is set. Typing replaces it; "Remove" clears it on the next save.
 */
export function SecretField({
  label,
  name,
  isSet,
  error,
  hint,
  onToggle,
}: {
  label: string;
  name: string;
  isSet: boolean;
  error?: string;
  hint?: string;
  /** called when Remove/Keep is pressed, which no input change event reports */
  onToggle: () => void;
}) {
  const id = useId();
  const [removing, setRemoving] = useState(false);
  const state = removing ? "removed on save" : isSet ? "set" : "not set";
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold text-slate-700">
          {label}
        </label>
        <span
          data-testid={`${name}-state`}
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
            state === "set" ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-600"
          }`}
        >
          {state}
        </span>
      </div>
      <div className="flex gap-2">
        <input
          id={id}
          name={name}
          type="password"
          autoComplete="new-password"
          disabled={removing}
          placeholder={isSet ? "Stored; type to replace" : "Not set"}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          className="min-h-12 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600 disabled:bg-slate-100 aria-invalid:border-red-600"
        />
        {isSet && (
          <button
            type="button"
            onClick={() => {
              setRemoving(!removing);
              onToggle();
            }}
            aria-pressed={removing}
            className="min-h-12 rounded-lg px-3 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            {removing ? "Keep" : "Remove"}
          </button>
        )}
        {removing && <input type="hidden" name={`${name}Remove`} value="on" />}
      </div>
      <p id={`${id}-msg`} className={`text-sm ${error ? "text-red-700" : "text-slate-500"}`}>
        {error ?? hint ?? "Stored encrypted; never shown again."}
      </p>
    </div>
  );
}

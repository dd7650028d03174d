"use client";

import { forwardRef, useState } from "react";
import { focusInPlace } from "./reveal-card";

/**
 * The scanner field. A barcode scanner types like a keyboard and ends with Enter. It stays
 * focused; the on-screen keyboard stays hidden (inputMode none) until the picker asks to type,
 * so it never covers the list on a tablet. It never waits for the previous scan's answer: a
 * disabled submit button would make Enter do nothing, and a fast scanner's code would be lost.
 */
export const ScanBar = forwardRef<
  HTMLInputElement,
  {
    value: string;
    onChange: (value: string) => void;
    onScan: (code: string) => void;
    /** what the field asks for (the pick screen: a SKU; receiving and the dock: an AWB or order number) */
    label?: string;
    placeholder?: string;
  }
>(function ScanBar(
  {
    value,
    onChange,
    onScan,
    label = "Scan or type a SKU or barcode",
    placeholder = "Scan or type a SKU",
  },
  ref,
) {
  const [typing, setTyping] = useState(false);
  return (
    <form
      className="flex gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const code = value.trim();
        if (code) onScan(code);
      }}
    >
      <label htmlFor="scan" className="sr-only">
        {label}
      </label>
      <input
        id="scan"
        ref={ref}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoFocus
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="go"
        inputMode={typing ? "text" : "none"}
        placeholder={placeholder}
        className="min-h-14 min-w-0 flex-1 rounded-xl border-2 border-slate-300 bg-white px-4 font-mono text-xl text-slate-900 placeholder:font-sans placeholder:text-base placeholder:text-slate-500 focus:border-brand-600"
      />
      <button
        type="button"
        onClick={() => {
          setTyping((t) => !t);
          if (ref && "current" in ref) focusInPlace(ref.current);
        }}
        aria-pressed={typing}
        className="min-h-14 min-w-14 rounded-xl border-2 border-slate-300 bg-white px-3 text-sm font-semibold text-slate-700 aria-pressed:border-brand-600 aria-pressed:bg-brand-50"
      >
        {typing ? "Hide keys" : "Type"}
      </button>
      <button
        type="submit"
        disabled={value.trim() === ""}
        className="min-h-14 rounded-xl bg-brand-600 px-5 text-lg font-bold text-white disabled:bg-brand-600/50"
      >
        Go
      </button>
    </form>
  );
});

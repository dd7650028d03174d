"use client";

import { forwardRef } from "react";
import type { PickListSku } from "@/lib/warehouse/group-pick-list";
import { ScanBar } from "./scan-bar";

/**
 * What stays on screen while the picker walks: the scanner field, the search being shown, and
 * the next bin to walk to, one tap away. Sticky at the very top; it is taller than the app's
 * header, which it covers while the list scrolls.
 */
export const FloorToolbar = forwardRef<
  HTMLInputElement,
  {
    text: string;
    onText: (text: string) => void;
    onScan: (code: string) => void;
    search: string;
    onClearSearch: () => void;
    next: PickListSku | null;
    onNext: (sku: PickListSku) => void;
  }
>(function FloorToolbar(props, ref) {
  const { next, search } = props;
  return (
    <div
      id="floor-toolbar"
      className="sticky top-0 z-30 -mx-3 flex flex-col gap-2 border-b border-slate-200 bg-slate-50/95 px-3 py-2 backdrop-blur sm:-mx-6 sm:px-6"
    >
      <ScanBar ref={ref} value={props.text} onChange={props.onText} onScan={props.onScan} />
      {(next || search) && (
        <div className="flex gap-2">
          {search && (
            <button
              type="button"
              onClick={props.onClearSearch}
              aria-label={`Clear the search for ${search}`}
              className="min-h-12 max-w-[45%] shrink-0 truncate rounded-xl bg-white px-4 text-base font-semibold text-slate-800 ring-2 ring-brand-600"
            >
              “{search}” ×
            </button>
          )}
          {next && (
            <button
              type="button"
              onClick={() => props.onNext(next)}
              className="min-h-12 min-w-0 flex-1 truncate rounded-xl bg-slate-900 px-4 text-left text-lg font-bold text-white"
            >
              Next: bin {next.binLocation ?? "—"}{" "}
              <span className="font-normal text-slate-300">· {next.title}</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
});

"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorSentence, resolveScan } from "./pack-api";

/**
 * The station's "open an order" box: scan the packing slip's barcode or type the order number,
 * Enter opens it. What a code opens is decided on the server (resolve-pack-scan.ts).
 */
export function OpenOrderScan({ onOpen }: { onOpen: (id: string) => void }) {
  const [code, setCode] = useState("");
  const open = useMutation({
    mutationFn: resolveScan,
    onSuccess: (target) => {
      setCode("");
      onOpen(target.orderId);
    },
  });
  return (
    <form
      aria-label="Open an order"
      className="space-y-1"
      onSubmit={(event) => {
        event.preventDefault();
        if (code.trim()) open.mutate(code.trim());
      }}
    >
      <label htmlFor="open-order" className="block text-sm font-semibold text-slate-700">
        Scan a tote or packing slip, or type an order number
      </label>
      <div className="flex gap-2">
        <input
          id="open-order"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="PL-100166"
          aria-invalid={open.isError || undefined}
          aria-describedby={open.isError ? "open-order-error" : undefined}
          className="min-h-14 min-w-0 flex-1 rounded-xl border-2 border-slate-300 bg-white px-4 font-mono text-xl text-slate-900 placeholder:font-sans placeholder:text-base placeholder:text-slate-500 focus:border-brand-600"
        />
        <button
          type="submit"
          disabled={code.trim() === "" || open.isPending}
          className="min-h-14 rounded-xl bg-slate-900 px-5 text-lg font-bold text-white disabled:bg-slate-400"
        >
          Open
        </button>
      </div>
      {open.isError && (
        <p id="open-order-error" role="alert" className="font-semibold text-red-700">
          {errorSentence(open.error)}
        </p>
      )}
    </form>
  );
}

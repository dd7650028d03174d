"use client";

import { useState } from "react";
import type { PackDecision } from "@/lib/generated/prisma/enums";
import type { PackOrder } from "./pack-api";

/** Orders with shorts need a recorded decision: ship what was picked, or hold the order. */
export function PackDecisionPanel({
  order,
  busy,
  error,
  onDecide,
}: {
  order: PackOrder;
  busy: boolean;
  error: string | null;
  onDecide: (decision: PackDecision, reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  // Asked here before anything is sent; the server says the same if it is bypassed.
  const choose = (decision: PackDecision) => {
    const why = decision === "HOLD" ? "holding the order" : "shipping it partial";
    if (reason.trim().length < 3) return setMissing(`Say why you are ${why}, in a few words.`);
    setMissing(null);
    onDecide(decision, reason);
  };
  const shown = missing ?? error;
  const decided =
    order.packDecision === "SHIP_PARTIAL"
      ? "Ship partial"
      : order.packDecision === "HOLD"
        ? "On hold"
        : null;
  return (
    <section
      aria-labelledby="decision-heading"
      className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4"
    >
      <h3 id="decision-heading" className="text-lg font-bold text-amber-950">
        Some items are short: ship partial or hold?
      </h3>
      {decided && (
        <p className="mt-1 text-amber-950">
          Decision: <strong>{decided}</strong>
          {order.packDecisionReason ? ` (“${order.packDecisionReason}”)` : ""}
          {order.packDecidedBy ? `, by ${order.packDecidedBy}` : ""}
        </p>
      )}
      <label htmlFor="decision-reason" className="mt-3 block text-sm font-semibold text-amber-950">
        Reason (required)
      </label>
      <input
        id="decision-reason"
        value={reason}
        onChange={(e) => (setReason(e.target.value), setMissing(null))}
        placeholder="e.g. Customer agreed on the phone"
        maxLength={500}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? "decision-error" : undefined}
        className="mt-1 min-h-12 w-full rounded-lg border border-amber-400 bg-white px-3 text-base"
      />
      {shown && (
        <p id="decision-error" role="alert" className="mt-1 text-sm font-semibold text-red-700">
          {shown}
        </p>
      )}
      <div className="mt-3 grid grid-cols-2 gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => choose("SHIP_PARTIAL")}
          aria-pressed={order.packDecision === "SHIP_PARTIAL"}
          className="min-h-14 rounded-xl bg-slate-900 px-4 text-lg font-bold text-white aria-pressed:ring-4 aria-pressed:ring-emerald-500 disabled:opacity-60"
        >
          Ship partial
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => choose("HOLD")}
          aria-pressed={order.packDecision === "HOLD"}
          className="min-h-14 rounded-xl bg-white px-4 text-lg font-bold text-amber-950 ring-2 ring-amber-500 aria-pressed:bg-amber-200 disabled:opacity-60"
        >
          Hold order
        </button>
      </div>
    </section>
  );
}

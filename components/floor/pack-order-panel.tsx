"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ApiError } from "@/components/orders/api-client";
import type { PackDecision } from "@/lib/generated/prisma/enums";
import { decide, markPacked, packKeys, slipUrl, verifyItem, type PackOrder } from "./pack-api";
import { PackDecisionPanel } from "./pack-decision";
import { formatPaise } from "./pack-format";
import { PackItems } from "./pack-items";
import { ScanBar } from "./scan-bar";
import { ScanFeedbackBanner, beep, type ScanFeedback } from "./scan-feedback";

const message = (error: unknown) =>
  error instanceof ApiError ? error.message : "Something went wrong. Try again.";

/** One order at the bench: scan each item, decide on shorts, print the slip, mark packed. */
export function PackOrderPanel({
  order,
  onPacked,
}: {
  order: PackOrder;
  onPacked: (number: string) => void;
}) {
  const client = useQueryClient();
  const scanRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const [lastSku, setLastSku] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: packKeys.order(order.id) }),
      client.invalidateQueries({ queryKey: ["pack", "queue"] }),
    ]);
  const show = (next: Omit<ScanFeedback, "at">) => {
    setFeedback({ ...next, at: Date.now() });
    beep(next.tone);
    scanRef.current?.focus();
  };

  const scan = useMutation({
    mutationFn: (scanned: string) => verifyItem(order.id, scanned),
    onSuccess: (result) => {
      setLastSku(result.sku);
      show({
        tone: "ok",
        title: `${result.sku}: ${result.qtyVerified} of ${result.qtyPicked} scanned`,
        detail: result.allVerified
          ? "Every item is scanned. Print the slip and mark packed."
          : result.title,
      });
      return refresh();
    },
    onError: (error) =>
      show({
        tone: "error",
        title: message(error),
        detail: "Nothing was recorded. Put that item aside.",
      }),
  });
  const decision = useMutation({
    mutationFn: (input: { decision: PackDecision; reason: string }) =>
      decide(order.id, input.decision, input.reason),
    onSuccess: refresh,
  });
  const packed = useMutation({
    mutationFn: () => markPacked(order.id, order.version),
    onSuccess: async () => {
      await refresh();
      onPacked(order.number);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void refresh();
    },
  });

  const decisionNeeded = order.hasShortItems && order.packDecision !== "SHIP_PARTIAL";
  const canPack = order.status === "PROCESSING" && order.allVerified && !decisionNeeded;
  const a = order.address;
  return (
    <article aria-labelledby="pack-order-heading" className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="pack-order-heading" className="font-mono text-3xl font-black text-slate-900">
            {order.number}
          </h2>
          <p className="text-slate-700">
            {order.customer.name} · {a.line1}
            {a.line2 ? `, ${a.line2}` : ""}, {a.city}, {a.state} {a.pincode}
          </p>
        </div>
        <p
          className={`rounded-xl px-4 py-2 text-lg font-bold ${
            order.payment.method === "COD"
              ? "bg-violet-100 text-violet-950"
              : "bg-slate-100 text-slate-800"
          }`}
        >
          {order.payment.method === "COD"
            ? `COD: collect ${formatPaise(order.payment.codToCollectPaise)}`
            : "Prepaid"}
        </p>
      </header>

      {order.status === "PROCESSING" && (
        <>
          <ScanBar
            ref={scanRef}
            value={code}
            onChange={setCode}
            onScan={(c) => {
              // Cleared at once, not when the answer comes: a fast scanner's next code must not
              // be wiped by the previous scan's reply.
              setCode("");
              scan.mutate(c);
            }}
          />
          <ScanFeedbackBanner feedback={feedback} />
        </>
      )}
      <PackItems items={order.items} lastSku={lastSku} />
      {order.hasShortItems && order.status === "PROCESSING" && (
        <PackDecisionPanel
          order={order}
          busy={decision.isPending}
          error={decision.error ? message(decision.error) : null}
          onDecide={(d, reason) => decision.mutate({ decision: d, reason })}
        />
      )}
      {packed.error && (
        <p
          role="alert"
          className="rounded-xl bg-red-50 px-4 py-3 text-lg font-semibold text-red-900 ring-2 ring-red-600"
        >
          {message(packed.error)}
        </p>
      )}
      <div className="sticky bottom-0 -mx-1 grid grid-cols-2 gap-2 bg-slate-50/95 px-1 py-2">
        <a
          href={slipUrl(order.id)}
          target="_blank"
          rel="noopener"
          className="flex min-h-15 items-center justify-center rounded-xl bg-white px-4 text-lg font-bold text-slate-900 ring-2 ring-slate-300 hover:bg-slate-100"
        >
          Print packing slip
        </a>
        <button
          type="button"
          disabled={!canPack || packed.isPending}
          onClick={() => packed.mutate()}
          className="min-h-15 rounded-xl bg-emerald-600 px-4 text-lg font-bold text-white hover:bg-emerald-700 disabled:bg-slate-300 disabled:text-slate-600"
        >
          {packed.isPending ? "Marking…" : "Mark packed"}
        </button>
      </div>
      {!canPack && order.status === "PROCESSING" && (
        <p className="text-center text-slate-600">
          {!order.allVerified
            ? "Scan every item to enable Mark packed."
            : order.packDecision === "HOLD"
              ? "This order is on hold. Choose Ship partial to pack it."
              : "Choose Ship partial or Hold first."}
        </p>
      )}
    </article>
  );
}

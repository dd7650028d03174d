"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/components/orders/api-client";
import type { PackDecision } from "@/lib/generated/prisma/enums";
import {
  decide,
  errorSentence,
  markPacked,
  packKeys,
  slipUrl,
  verifyItem,
  type PackOrder,
} from "./pack-api";
import { PackDecisionPanel } from "./pack-decision";
import { formatPaise } from "./pack-format";
import { PackItems } from "./pack-items";
import { ParcelFields, type ParcelChoice } from "./parcel-fields";
import { ScanBar } from "./scan-bar";
import { ScanFeedbackBanner, beep, type ScanFeedback } from "./scan-feedback";

const message = errorSentence;

/** True when the focus is in a text field inside `panel` other than `own`: someone is typing. */
function typingElsewhere(panel: HTMLElement | null, own: (HTMLElement | null)[]): boolean {
  const active = document.activeElement;
  const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
  return field && !!panel?.contains(active) && !own.includes(active);
}

/**
 * One order at the bench: scan each item, decide on shorts, weigh and box it, print the slip,
 * mark packed. Once every item is scanned the weight field takes the focus, so the scale's
 * reading lands there.
 */
export function PackOrderPanel({
  order,
  onPacked,
}: {
  order: PackOrder;
  onPacked: (number: string) => void;
}) {
  const client = useQueryClient();
  const panelRef = useRef<HTMLElement>(null);
  const scanRef = useRef<HTMLInputElement>(null);
  const weightRef = useRef<HTMLInputElement>(null);
  const [parcel, setParcel] = useState<ParcelChoice>({ weightGrams: null, boxPresetId: null });
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
  // Said, not left to autoFocus: an order opened by "Mark packed" must take the next scan.
  // The last scan's answer comes before the order's refetch: a packer already typing the short's
  // reason keeps the focus, or the rest of their words would land in the weight field.
  useEffect(() => {
    if (order.status !== "PROCESSING") return;
    if (typingElsewhere(panelRef.current, [scanRef.current, weightRef.current])) return;
    (order.allVerified ? weightRef : scanRef).current?.focus();
  }, [order.allVerified, order.status]);

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
    onSuccess: async () => {
      await refresh();
      // decided: the scale's reading goes to the weight field next
      if (parcel.weightGrams === null) weightRef.current?.focus();
    },
  });
  const packed = useMutation({
    mutationFn: () =>
      markPacked(order.id, order.version, {
        weightGrams: parcel.weightGrams!,
        boxPresetId: parcel.boxPresetId!,
      }),
    onSuccess: async () => {
      await refresh();
      onPacked(order.number);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void refresh();
    },
  });

  const decisionNeeded = order.hasShortItems && order.packDecision !== "SHIP_PARTIAL";
  const parcelReady = parcel.weightGrams !== null && parcel.boxPresetId !== null;
  const canPack =
    order.status === "PROCESSING" && order.allVerified && !decisionNeeded && parcelReady;
  const a = order.address;
  return (
    <article ref={panelRef} aria-labelledby="pack-order-heading" className="space-y-4">
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
            : order.payment.refundDuePaise > 0
              ? `Prepaid · refund due ${formatPaise(order.payment.refundDuePaise)}`
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
      {order.status === "PROCESSING" && (
        <ParcelFields ref={weightRef} value={parcel} onChange={setParcel} />
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
          // back from printing, the scale's reading must land in the weight field, not here
          onClick={() => {
            if (parcel.weightGrams === null) setTimeout(() => weightRef.current?.focus(), 0);
          }}
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
            : decisionNeeded
              ? order.packDecision === "HOLD"
                ? "This order is on hold. Choose Ship partial to pack it."
                : "Choose Ship partial or Hold first."
              : parcel.weightGrams === null
                ? "Weigh the parcel to enable Mark packed."
                : "Choose the box size to enable Mark packed."}
        </p>
      )}
    </article>
  );
}

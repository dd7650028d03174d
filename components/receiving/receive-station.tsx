"use client";

import { useRef, useState } from "react";
import { ApiError } from "@/components/orders/api-client";
import { ScanBar } from "@/components/floor/scan-bar";
import { Button } from "@/components/ui/button";
import { completeReceipt, findParcel, type ReturningParcel } from "./receive-api";
import { ReceiptLine, type LineCounts } from "./receipt-line";
import { receiptSummary } from "./receipt-summary";

type Notice = { tone: "ok" | "error"; text: string };

const tones = {
  ok: "bg-emerald-50 text-emerald-950 ring-emerald-500",
  error: "bg-red-50 text-red-950 ring-red-600",
};

/** Scan a returning parcel, check each line, complete the receipt. */
export function ReceiveStation() {
  const scanRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [parcel, setParcel] = useState<ReturningParcel | null>(null);
  const [counts, setCounts] = useState<Record<string, LineCounts>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function scan(scanned: string) {
    setNotice(null);
    setErrors({});
    try {
      const found = await findParcel(scanned);
      setParcel(found);
      setCounts(
        Object.fromEntries(
          found.lines.map((l) => [
            l.orderItemId,
            { good: l.expected, damaged: 0, missing: 0, note: "" },
          ]),
        ),
      );
    } catch (error) {
      setParcel(null);
      setNotice({ tone: "error", text: messageOf(error) });
    }
    setCode("");
  }

  async function complete() {
    if (!parcel) return;
    setBusy(true);
    setErrors({});
    try {
      const result = await completeReceipt({
        shipmentId: parcel.shipmentId,
        lines: parcel.lines.map((l) => {
          const c = counts[l.orderItemId]!;
          return {
            orderItemId: l.orderItemId,
            good: c.good,
            damaged: c.damaged,
            missing: c.missing,
            note: c.note || undefined,
          };
        }),
      });
      setNotice({ tone: "ok", text: receiptSummary(result) });
      setParcel(null);
    } catch (error) {
      setNotice({ tone: "error", text: messageOf(error) });
      if (error instanceof ApiError) setErrors(error.fieldErrors);
    }
    setBusy(false);
    scanRef.current?.focus();
  }

  return (
    <div className="space-y-4">
      <ScanBar
        ref={scanRef}
        value={code}
        onChange={setCode}
        onScan={scan}
        label="Scan the parcel's AWB or the order number"
        placeholder="Scan AWB or order number"
      />
      {notice && (
        <p
          role={notice.tone === "error" ? "alert" : "status"}
          className={`rounded-xl px-4 py-3 text-lg font-semibold ring-2 ${tones[notice.tone]}`}
        >
          {notice.text}
        </p>
      )}
      {parcel && (
        <section aria-label="Parcel being received" className="space-y-3">
          <div className="rounded-xl bg-slate-900 px-4 py-3 text-white">
            <p className="text-xl font-bold">
              {parcel.order.number} · {parcel.direction === "FORWARD" ? "RTO" : "Return"}
            </p>
            <p className="text-sm text-slate-200">
              AWB <span className="font-mono">{parcel.awb}</span> · {parcel.courier ?? "courier"} ·{" "}
              {parcel.order.customerName}, {parcel.order.city} · {parcel.order.paymentMethod}
            </p>
          </div>
          <ul className="space-y-3">
            {parcel.lines.map((line, index) => (
              <ReceiptLine
                key={line.orderItemId}
                line={line}
                counts={counts[line.orderItemId]!}
                error={(errors[`lines.${index}`] ?? errors[`lines.${index}.note`])?.[0]}
                onChange={(next) => setCounts((all) => ({ ...all, [line.orderItemId]: next }))}
              />
            ))}
          </ul>
          <div className="flex flex-wrap gap-3">
            <Button size="xl" onClick={complete} disabled={busy}>
              {busy ? "Completing…" : "Complete receipt"}
            </Button>
            <Button size="xl" variant="secondary" onClick={() => setParcel(null)} disabled={busy}>
              Put aside
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

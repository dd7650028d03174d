"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ShipOrderResult } from "@/lib/shipping/ship-order";

export type ShipOutcome = { ok: true; shipment: ShipOrderResult } | { ok: false; message: string };

/** The answer to "Generate shipment": the AWB to copy and share, or the courier's reason. */
export function ShipmentResult({
  outcome,
  onDismiss,
}: {
  outcome: ShipOutcome;
  onDismiss: () => void;
}) {
  const [copied, setCopied] = useState(false);
  if (!outcome.ok)
    return (
      <div role="alert" className="w-full max-w-md rounded-lg bg-red-50 p-3 text-sm text-red-900">
        <p>{outcome.message}</p>
        <Button variant="ghost" className="mt-1 -ml-3" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    );
  const s = outcome.shipment;
  const copy = async () => {
    await navigator.clipboard?.writeText(s.awb ?? "").catch(() => undefined);
    setCopied(true);
  };
  return (
    <div
      role="status"
      className="w-full max-w-md rounded-lg bg-emerald-50 p-3 text-sm text-emerald-950"
    >
      <p className="font-semibold">
        Shipment created successfully. AWB: <span className="font-mono select-all">{s.awb}</span>
      </p>
      <p className="mt-1 text-emerald-900">
        {s.courierAccountName}
        {s.serviceName ? ` · ${s.serviceName}` : ""}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy AWB"}
        </Button>
        {s.trackingPath && (
          <a className="font-semibold text-brand-700 underline" href={s.trackingPath}>
            Tracking page
          </a>
        )}
        {s.labelPath && (
          <a
            className="font-semibold text-brand-700 underline"
            href={s.labelPath}
            target="_blank"
            rel="noreferrer"
          >
            Print label
          </a>
        )}
        <Button variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}

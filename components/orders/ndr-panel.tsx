"use client";

import { useQueryClient } from "@tanstack/react-query";
import { NdrActions } from "@/components/shipping/ndr-actions";
import { formatIst } from "./format";
import type { OrderDetailJson } from "./order-detail-types";

/**
 * The order's failed deliveries: why the courier could not deliver, what ops asked since, and
 * "Re-attempt" / "Return to origin" while the parcel waits in NDR. Nothing for an order whose
 * parcels never failed a delivery.
 */
export function NdrPanel({ order }: { order: OrderDetailJson }) {
  const queryClient = useQueryClient();
  const shipments = order.shipments.filter((s) => s.ndr && s.awb);
  if (shipments.length === 0) return null;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["orders", "detail", order.id] });
  return (
    <section
      aria-label="Delivery failed"
      className="rounded-xl border border-amber-300 bg-amber-50/60 p-4"
    >
      <h2 className="text-base font-bold text-slate-900">Delivery failed (NDR)</h2>
      <div className="mt-2 flex flex-col gap-4">
        {shipments.map((s) => {
          const ndr = s.ndr!;
          return (
            <div key={s.id} className="flex flex-col gap-2">
              <p className="text-sm text-slate-700">
                <span className="capitalize">{s.courier?.toLowerCase() ?? "courier"}</span> · AWB{" "}
                <span className="font-mono">{s.awb}</span>
                {!ndr.inNdr && " · no longer in NDR"}
              </p>
              {ndr.reason && (
                <p className="text-sm">
                  <span className="font-semibold text-amber-900">Reason:</span> {ndr.reason}
                  {ndr.failedAt && (
                    <span className="text-slate-500"> · {formatIst(ndr.failedAt)}</span>
                  )}
                </p>
              )}
              <NdrActions shipmentId={s.id} awb={s.awb!} ndr={ndr} onDone={() => void refresh()} />
            </div>
          );
        })}
      </div>
    </section>
  );
}

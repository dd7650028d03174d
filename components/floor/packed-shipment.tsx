"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ReprintLabel } from "@/components/shipping/reprint-label";
import { bookPackedOrder, fetchOrderShipment } from "./pack-api";

const POLL_MS = 2_000;
// Auto-booking normally lands within seconds; after this the station stops asking and says so.
const POLL_FOR_MS = 60_000;

const big =
  "inline-flex min-h-12 items-center justify-center rounded-xl px-5 text-lg font-semibold";

/**
 * After "Mark packed": the shipping label for the parcel on the bench. With auto-booking on the
 * job books it and the label appears when the AWB does; otherwise the packer books it here.
 */
export function PackedShipment({ orderId, number }: { orderId: string; number: string }) {
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), POLL_FOR_MS);
    return () => clearTimeout(timer);
  }, []);
  const status = useQuery({
    queryKey: ["pack", "shipment", orderId],
    queryFn: () => fetchOrderShipment(orderId),
    refetchInterval: (query) => {
      const data = query.state.data;
      const waiting = data?.autoBook && !data.shipment?.awb && !data.shipmentFailed;
      return waiting && !gaveUp ? POLL_MS : false;
    },
  });
  const book = useMutation({
    mutationFn: () => bookPackedOrder(orderId),
    onSettled: () => void status.refetch(),
  });
  const data = status.data;
  const shipment = book.data ?? data?.shipment ?? null;
  if (status.isPending) return <p className="text-slate-600">Checking the shipment of {number}…</p>;
  if (status.isError)
    return (
      <p role="alert" className="font-semibold text-red-900">
        {status.error.message}
      </p>
    );
  if (shipment?.awb && shipment.labelPath)
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-lg">
          {number} · {shipment.courierAccountName} · AWB{" "}
          <span className="font-mono font-semibold">{shipment.awb}</span>
        </p>
        <ReprintLabel
          labelPath={shipment.labelPath}
          label="Print label"
          linkClassName={`${big} bg-slate-900 text-white`}
        />
      </div>
    );
  const failed = book.error?.message ?? (data?.shipmentFailed ? shipment?.failureReason : null);
  if (data?.autoBook && !failed)
    return (
      <p role="status" className="text-lg text-slate-700">
        {!gaveUp
          ? `Booking ${number} with the courier… the label appears here.`
          : `${number} is not booked yet. Ops will see it on the orders screen.`}
      </p>
    );
  return (
    <div className="flex flex-col items-start gap-2">
      {failed && (
        <p role="alert" className="font-semibold text-red-900">
          {failed.startsWith("Shipment generation failed") ? failed : `Booking failed: ${failed}`}
        </p>
      )}
      <button
        type="button"
        onClick={() => book.mutate()}
        disabled={book.isPending}
        className={`${big} bg-brand-600 text-white disabled:opacity-60`}
      >
        {book.isPending ? "Booking…" : failed ? "Try booking again" : "Book & print label"}
      </button>
    </div>
  );
}

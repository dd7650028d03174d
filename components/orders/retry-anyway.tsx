"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import type { ShipOrderResult } from "@/lib/shipping/ship-order";
import { postJson } from "./api-client";

/**
 * For a booking the courier may hold but cannot be asked about: once ops have checked the
 * courier's panel and found nothing, book the parcel again under a new reference.
 */
export function RetryAnyway({ orderId, shipmentId }: { orderId: string; shipmentId: string }) {
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () =>
      postJson<ShipOrderResult>(
        `/api/shipments/${encodeURIComponent(shipmentId)}/retry-anyway`,
        {},
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] }),
  });
  return (
    <div className="mt-2 flex flex-col items-start gap-1">
      <Button variant="secondary" onClick={() => retry.mutate()} disabled={retry.isPending}>
        {retry.isPending ? "Booking…" : "Retry anyway"}
      </Button>
      {retry.error && (
        <p role="alert" className="text-red-700">
          {retry.error.message}
        </p>
      )}
    </div>
  );
}

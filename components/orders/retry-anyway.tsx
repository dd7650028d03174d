"use client";

import { OrderPostButton } from "./order-post-button";

/**
 * For a booking the courier may hold but cannot be asked about: once ops have checked the
 * courier's panel and found nothing, book the parcel again under a new reference.
 */
export function RetryAnyway({ orderId, shipmentId }: { orderId: string; shipmentId: string }) {
  return (
    <OrderPostButton
      orderId={orderId}
      path={`/api/shipments/${encodeURIComponent(shipmentId)}/retry-anyway`}
      label="Retry anyway"
      pendingLabel="Booking…"
    />
  );
}

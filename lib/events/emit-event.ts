import type { Tx } from "@/lib/db";

export type EventType =
  | "OrderPlaced"
  | "OrderStatusChanged"
  | "OrderShipped"
  | "OrderDelivered"
  | "ShipmentStatusChanged"
  | "RefundIssued"
  | "ReturnPickupScheduled";

/**
 * Writes a domain event to the transactional outbox, inside the caller's transaction, so the
 * event exists if and only if the change that caused it was committed. The worker delivers it.
 */
export async function emitEvent(
  tx: Tx,
  event: {
    type: EventType;
    aggregateType: "Order" | "Shipment";
    aggregateId: string;
    payload: Record<string, unknown>;
  },
): Promise<void> {
  await tx.outboxEvent.create({
    data: {
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: { ...event.payload, occurredAt: new Date().toISOString() },
    },
  });
}

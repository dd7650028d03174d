import type { Tx } from "@/lib/db";
import type { ShipmentDirection, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { emitEvent } from "./emit-event";

/**
 * ShipmentStatusChanged, written in the tracking transaction when a shipment's canonical status
 * moves: customer notifications (lib/notify/customer) and HTTP subscribers read it from the
 * outbox, so tracking does not need to know who listens.
 */
export async function emitShipmentStatusChanged(
  tx: Tx,
  shipment: { id: string; orderId: string; direction: ShipmentDirection; status: ShipmentStatus },
  to: ShipmentStatus,
  awb: string,
): Promise<void> {
  await emitEvent(tx, {
    type: "ShipmentStatusChanged",
    aggregateType: "Shipment",
    aggregateId: shipment.id,
    payload: {
      shipmentId: shipment.id,
      orderId: shipment.orderId,
      awb,
      direction: shipment.direction,
      from: shipment.status,
      to,
    },
  });
}

import type { Tx } from "@/lib/db";
import type { OrderStatus, ShipmentDirection, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import { canTransition } from "@/lib/orders/order-status";
import { transitionOrder, type OrderActor } from "@/lib/orders/transition-order";

export interface SyncOrderWithShipmentInput {
  orderId: string;
  direction: ShipmentDirection;
  status: ShipmentStatus;
  awb: string;
  actor: OrderActor;
}

/**
 * What a forward shipment's new status means for its order, inside the tracking transaction: a
 * parcel delivered delivers the order. A parcel the courier says it brought back (RTO delivered)
 * and a customer's return (a REVERSE parcel, followed by lib/returns/follow-reverse-parcel.ts)
 * do not move it: the order is RETURNED when receiving has the goods in hand and checked
 * (lib/receiving/receive-parcel.ts). The NDR flag opens when the shipment goes into NDR and
 * closes when it leaves it (a re-attempt, a delivery, an RTO), or earlier when the courier
 * accepts ops' NDR action (record-ndr-answer.ts). An order whose state does not allow
 * the move (cancelled by ops meanwhile) is logged, not failed: the scan itself is still true.
 */
export async function syncOrderWithShipment(
  tx: Tx,
  input: SyncOrderWithShipmentInput,
): Promise<void> {
  if (input.direction === "REVERSE") return;
  const order = await tx.order.findUnique({
    where: { id: input.orderId },
    select: { status: true, ndrOpen: true },
  });
  if (!order) return;
  const ndrOpen = input.status === "NDR";
  if (order.ndrOpen !== ndrOpen)
    await tx.order.update({
      where: { id: input.orderId },
      data: { ndrOpen },
      select: { id: true },
    });

  const to = orderStatusFor(input.status);
  if (!to || order.status === to) return;
  if (!canTransition(order.status, to)) {
    log.warn("tracking scan does not fit the order's state", {
      orderId: input.orderId,
      awb: input.awb,
      orderStatus: order.status,
      shipmentStatus: input.status,
    });
    return;
  }
  const reason = `Delivered (AWB ${input.awb})`;
  await transitionOrder(tx, { orderId: input.orderId, to, actor: input.actor, reason });
}

function orderStatusFor(status: ShipmentStatus): OrderStatus | null {
  return status === "DELIVERED" ? "DELIVERED" : null;
}

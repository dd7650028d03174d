import type { Tx } from "@/lib/db";
import type { ReturnStatus } from "@/lib/generated/prisma/enums";

/** A return that ended without the goods coming back frees its units for another return. */
export const CLOSED_WITHOUT_GOODS: ReturnStatus[] = ["REFUSED", "CANCELLED"];
/** Returns still under way: at most one per order (the database's partial unique index). */
export const OPEN_RETURN_STATUSES: ReturnStatus[] = [
  "REQUESTED",
  "APPROVED",
  "PICKUP_BOOKED",
  "PICKED_UP",
  "IN_TRANSIT",
  "ARRIVED",
];

export interface ReturnableLine {
  orderItemId: string;
  sku: string;
  title: string;
  /** what reached the customer: ordered minus short (a partial shipment shipped what was found) */
  delivered: number;
  /** units in returns that were not refused or cancelled */
  alreadyReturned: number;
  returnable: number;
}

/** The order's lines with how many units of each may still be returned. */
export async function returnableLines(tx: Tx, orderId: string): Promise<ReturnableLine[]> {
  const items = await tx.orderItem.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      sku: true,
      title: true,
      qtyOrdered: true,
      qtyShort: true,
      returnItems: {
        where: { returnRequest: { status: { notIn: CLOSED_WITHOUT_GOODS } } },
        select: { quantity: true },
      },
    },
  });
  return items.map((i) => {
    const delivered = Math.max(0, i.qtyOrdered - i.qtyShort);
    const alreadyReturned = i.returnItems.reduce((n, r) => n + r.quantity, 0);
    return {
      orderItemId: i.id,
      sku: i.sku,
      title: i.title,
      delivered,
      alreadyReturned,
      returnable: Math.max(0, delivered - alreadyReturned),
    };
  });
}

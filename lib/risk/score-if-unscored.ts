import type { Tx } from "@/lib/db";
import { scorePlacedOrders } from "./score-placed-orders";

/**
 * Scores one order that reaches "placed" without having been scored: a prepaid order whose
 * payment Razorpay confirms after it was imported before scoring existed, or whose scoring
 * failed then. An order already scored keeps the score it got when it was placed.
 */
export async function scoreIfUnscored(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findFirst({
    where: { id: orderId, rtoRiskScore: null },
    select: {
      id: true,
      placedAt: true,
      pincode: true,
      city: true,
      state: true,
      addressLine1: true,
      addressLine2: true,
      landmark: true,
      customerPhone: true,
      customerEmail: true,
      paymentMethod: true,
      totalPaise: true,
    },
  });
  if (order) await scorePlacedOrders(tx, [order]);
}

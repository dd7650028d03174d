import type { Tx } from "@/lib/db";
import { riskOrderSelect } from "./risk-order-select";
import { scorePlacedOrders } from "./score-placed-orders";

/**
 * Scores one order that reaches "placed" without having been scored: a prepaid order whose
 * payment Razorpay confirms after it was imported before scoring existed, or whose scoring
 * failed then. An order already scored keeps the score it got when it was placed.
 */
export async function scoreIfUnscored(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findFirst({
    where: { id: orderId, rtoRiskScore: null },
    select: riskOrderSelect,
  });
  if (order) await scorePlacedOrders(tx, [order]);
}

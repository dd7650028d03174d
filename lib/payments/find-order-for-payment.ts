import type { Tx } from "@/lib/db";
import type { RazorpayOrder, RazorpayPayment } from "./razorpay-event-schema";

/**
 * Which Packline order a Razorpay payment is for (documented in lib/payments/README.md), first
 * match wins:
 *  1. notes.packline_order_id on the payment or the Razorpay order: a Packline order id or number
 *  2. the Razorpay order's receipt: a Packline order number
 *  3. an earlier payment for the same Razorpay order that was already matched
 */
export async function findOrderForPayment(
  tx: Tx,
  payment: RazorpayPayment | undefined,
  order: RazorpayOrder | undefined,
): Promise<{ orderId: string; matchedBy: string } | null> {
  const noted = notedOrder(payment, order);
  if (noted !== null) {
    const hit = await tx.order.findFirst({
      where: { OR: [{ id: noted }, { number: noted }] },
      select: { id: true },
    });
    if (hit) return { orderId: hit.id, matchedBy: "notes.packline_order_id" };
  }
  if (order?.receipt) {
    const hit = await tx.order.findUnique({
      where: { number: order.receipt.trim() },
      select: { id: true },
    });
    if (hit) return { orderId: hit.id, matchedBy: "receipt" };
  }
  const razorpayOrderId = payment?.order_id ?? order?.id;
  if (razorpayOrderId) {
    const earlier = await tx.payment.findFirst({
      where: { provider: "razorpay", providerOrderId: razorpayOrderId, orderId: { not: null } },
      select: { orderId: true },
    });
    if (earlier?.orderId) return { orderId: earlier.orderId, matchedBy: "razorpay order_id" };
  }
  return null;
}

function notedOrder(
  payment: RazorpayPayment | undefined,
  order: RazorpayOrder | undefined,
): string | null {
  const noted = [payment?.notes?.packline_order_id, order?.notes?.packline_order_id].find(
    (v): v is string | number => typeof v === "string" || typeof v === "number",
  );
  return noted === undefined ? null : String(noted).trim() || null;
}

/**
 * The Packline order a payment names (rules 1 and 2 above), kept with a payment that arrives
 * before its order so the import can link it; null when it names none.
 */
export function orderReferenceOf(
  payment: RazorpayPayment | undefined,
  order: RazorpayOrder | undefined,
): string | null {
  return notedOrder(payment, order) ?? (order?.receipt?.trim() || null);
}

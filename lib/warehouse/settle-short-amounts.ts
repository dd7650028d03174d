import type { Tx } from "@/lib/db";
import { formatRupees } from "./format";
import { packedAmounts } from "./packed-amounts";

/**
 * At "Mark packed" of an order shipped partial: the COD amount becomes what is in the box and a
 * refund owed is recorded (rule in packed-amounts.ts), on the order's own payment fields that
 * the booking, the slip and the order page read. Returns the sentence for the status history.
 * Runs in the packing transaction, under its order row lock.
 */
export async function settleShortAmounts(tx: Tx, orderId: string): Promise<string> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      paymentMethod: true,
      totalPaise: true,
      shippingPaise: true,
      codAmountPaise: true,
      codOrderedPaise: true,
      items: { select: { unitPricePaise: true, qtyOrdered: true, qtyShort: true } },
    },
  });
  const amounts = packedAmounts({ ...order, lines: order.items });
  await tx.order.update({
    where: { id: orderId },
    data: {
      codOrderedPaise: order.codOrderedPaise ?? order.codAmountPaise,
      codAmountPaise: amounts.codToCollectPaise,
      refundDuePaise: amounts.refundDuePaise,
    },
    select: { id: true },
  });
  const parts = [
    `Packed partial: short items worth ${formatRupees(amounts.reductionPaise)} not shipped`,
  ];
  if (order.paymentMethod === "COD")
    parts.push(
      `COD to collect ${formatRupees(order.codOrderedPaise ?? order.codAmountPaise)} → ${formatRupees(amounts.codToCollectPaise)}`,
    );
  if (amounts.refundDuePaise > 0)
    parts.push(`refund due to the customer ${formatRupees(amounts.refundDuePaise)}`);
  return `${parts.join("; ")}.`;
}

import { formatRupees } from "@/lib/warehouse/format";

export interface ReceivedLine {
  unitPricePaise: number;
  expected: number;
  good: number;
  damaged: number;
  missing: number;
}

export interface OrderMoney {
  subtotalPaise: number;
  shippingPaise: number;
  totalPaise: number;
}

/**
 * What goes back to the customer for a receipt. The policy, in one place:
 * - Accepted units are the good AND the damaged ones: the customer sent them back (or never got
 *   them, for an RTO), and damage in the courier's hands is Packline's loss to write off, not
 *   the customer's. Missing units are not refunded here: they are claimed from the courier,
 *   and ops refund them by hand once the claim settles.
 * - Each accepted unit is refunded at what the customer really paid for it: its price scaled by
 *   (total − shipping) / subtotal, which spreads any discount and tax over the lines by value.
 * - Shipping is refunded only when every unit the order shipped came back accepted (the whole
 *   parcel, nothing missing): a partial return keeps the shipping charge.
 * Integer paise, rounded down, so rounding never refunds a paisa more than was paid.
 */
export function refundFor(
  lines: readonly ReceivedLine[],
  order: OrderMoney,
): { amountPaise: number; basis: string } {
  const accepted = lines.reduce((sum, l) => sum + (l.good + l.damaged) * l.unitPricePaise, 0);
  const units = lines.reduce((sum, l) => sum + l.good + l.damaged, 0);
  const whole = lines.every((l) => l.good + l.damaged === l.expected);
  const goods = order.totalPaise - order.shippingPaise;
  const items =
    order.subtotalPaise > 0 ? Math.floor((accepted * goods) / order.subtotalPaise) : accepted;
  const shipping = whole ? order.shippingPaise : 0;
  const basis = [
    `${units} accepted unit${units === 1 ? "" : "s"} ${formatRupees(items)}`,
    whole
      ? order.shippingPaise > 0
        ? `shipping ${formatRupees(shipping)} (whole parcel back)`
        : "no shipping charged"
      : "shipping kept (not everything came back)",
  ].join(" + ");
  return { amountPaise: items + shipping, basis };
}

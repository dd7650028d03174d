// What a short order is worth once packed: the one rule the slip, the courier booking, the
// order page and the status history all use, so none of them can tell a different amount.
//
// The rule, in integer paise:
// - The short lines' value is Σ unit price × units short; the order's value is Σ unit price ×
//   units ordered.
// - What the order charged for goods (total − shipping: it already carries the order's discount
//   and tax) is reduced in proportion: reduction = (total − shipping) × short value ÷ order value,
//   rounded half up to the paisa. So a discount or tax is shared by the lines by their value.
// - Shipping stays: the parcel still travels.
// - COD collects what is left of its amount after the reduction (never below zero); whatever
//   the reduction exceeds the COD amount by (all of it on a prepaid order) is owed back to the
//   customer as a refund.

export interface AmountLine {
  unitPricePaise: number;
  qtyOrdered: number;
  qtyShort: number;
}

export interface OrderAmounts {
  totalPaise: number;
  shippingPaise: number;
  /** the order's COD amount now (lowered once a partial pack is settled) */
  codAmountPaise: number;
  /** the COD amount it was placed with, kept when a partial pack lowered codAmountPaise */
  codOrderedPaise?: number | null;
  lines: AmountLine[];
}

export interface PackedAmounts {
  /** value of the goods not in the box, net of their share of discount and tax */
  reductionPaise: number;
  /** what the courier collects on delivery (0 for a prepaid order) */
  codToCollectPaise: number;
  /** what the customer is owed back because of the short items */
  refundDuePaise: number;
}

/** (a × b) ÷ c rounded half up, exact in BigInt: paise products can pass 2^53 on big orders. */
function mulDivRoundHalfUp(a: number, b: number, c: number): number {
  const [x, y, z] = [BigInt(a), BigInt(b), BigInt(c)];
  return Number((2n * x * y + z) / (2n * z));
}

export function packedAmounts(order: OrderAmounts): PackedAmounts {
  const value = (qty: (l: AmountLine) => number) =>
    order.lines.reduce((sum, l) => sum + l.unitPricePaise * qty(l), 0);
  const orderedValue = value((l) => l.qtyOrdered);
  const shortValue = value((l) => Math.min(l.qtyShort, l.qtyOrdered));
  const goodsPaise = Math.max(0, order.totalPaise - order.shippingPaise);
  const reductionPaise =
    orderedValue === 0 || shortValue === 0
      ? 0
      : mulDivRoundHalfUp(goodsPaise, shortValue, orderedValue);
  // Always from the amount the order was placed with, so settling twice never lowers it twice.
  const codOrdered = order.codOrderedPaise ?? order.codAmountPaise;
  const codToCollectPaise = Math.max(0, codOrdered - reductionPaise);
  return {
    reductionPaise,
    codToCollectPaise,
    refundDuePaise: reductionPaise - (codOrdered - codToCollectPaise),
  };
}

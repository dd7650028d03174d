// Pure allocation: shares a quantity over order lines in the order given (oldest first for a
// pick, newest first for a short), never giving a line more than it still needs.
export interface OpenLine {
  id: string;
  orderId: string;
  orderNumber: string;
  /** ordered − picked − short, always > 0 for an open line */
  open: number;
}

export interface LineShare {
  lineId: string;
  orderId: string;
  orderNumber: string;
  qty: number;
}

export function splitQuantity(lines: readonly OpenLine[], qty: number): LineShare[] {
  const shares: LineShare[] = [];
  let left = qty;
  for (const line of lines) {
    if (left <= 0) break;
    if (line.open <= 0) continue;
    const take = Math.min(line.open, left);
    shares.push({
      lineId: line.id,
      orderId: line.orderId,
      orderNumber: line.orderNumber,
      qty: take,
    });
    left -= take;
  }
  return shares;
}

export function totalOf(shares: readonly { qty: number }[]): number {
  return shares.reduce((sum, share) => sum + share.qty, 0);
}

/** Order numbers once each, in the order they first appear. */
export function distinctOrderNumbers(shares: readonly { orderNumber: string }[]): string[] {
  return [...new Set(shares.map((share) => share.orderNumber))];
}

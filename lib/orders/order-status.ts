import type { OrderStatus } from "@/lib/generated/prisma/enums";

// The order lifecycle of ARCHITECTURE.md: PLACED → PROCESSING → PACKED → SHIPPED → DELIVERED,
// with CANCELLED and RETURNED as exits. Pure data, so the UI can show only legal actions.
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PLACED: ["PROCESSING", "CANCELLED"],
  PROCESSING: ["PACKED", "CANCELLED"],
  PACKED: ["SHIPPED", "PROCESSING", "CANCELLED"],
  SHIPPED: ["DELIVERED", "RETURNED"],
  DELIVERED: ["RETURNED"],
  CANCELLED: [],
  RETURNED: [],
};

const why: Partial<Record<OrderStatus, string>> = {
  CANCELLED: "a cancelled order cannot change again",
  RETURNED: "a returned order is closed",
  SHIPPED:
    "the courier has its parcel; only before pickup can it be cancelled, its AWB cancelled at the courier first",
  DELIVERED: "it has been delivered; only a return can follow",
};

export const ORDER_STATUSES = [
  "PLACED",
  "PROCESSING",
  "PACKED",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
  "RETURNED",
] as const satisfies readonly OrderStatus[];

/** The address can change until the parcel is handed to the courier. */
export function isAddressEditable(status: OrderStatus): boolean {
  return status === "PLACED" || status === "PROCESSING" || status === "PACKED";
}

/**
 * Whether the order may go from `from` to `to`. Shipped → Cancelled is not in the table: only the
 * cancel use case allows it, for a parcel the courier has not picked up, once its AWB has been
 * cancelled at the courier (`awbCancelled`, lib/orders/cancel-order.ts), so nothing else can
 * cancel an order that is on its way.
 */
export function canTransition(
  from: OrderStatus,
  to: OrderStatus,
  context: { awbCancelled?: boolean } = {},
): boolean {
  if (from === "SHIPPED" && to === "CANCELLED") return context.awbCancelled === true;
  return ORDER_TRANSITIONS[from].includes(to);
}

/** A sentence for a 409: why this order cannot go from `from` to `to`. */
export function illegalTransitionReason(from: OrderStatus, to: OrderStatus): string {
  const label = (s: OrderStatus) => s.charAt(0) + s.slice(1).toLowerCase();
  const reason =
    why[from] ??
    `only ${ORDER_TRANSITIONS[from].map(label).join(" or ")} can follow ${label(from)}`;
  return `This order is ${label(from)} and cannot be marked ${label(to)}: ${reason}.`;
}

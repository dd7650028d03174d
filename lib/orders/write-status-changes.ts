import type { Tx } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export interface StatusChange {
  orderId: string;
  orderNumber: string;
  /** the status the caller read under the order's row lock */
  from: OrderStatus;
}

export interface StatusChangeWrite {
  to: OrderStatus;
  actor: { userId?: string | null; label: string };
  reason?: string | null;
}

/**
 * Writes already-checked status changes of locked orders in ONE statement, whatever their
 * number: the new status, version and lifecycle stamp, a status-history row and the outbox
 * events (OrderStatusChanged, plus OrderDelivered on delivery) of each order. An order whose
 * status is no longer `from` is left alone and missing from the answer, so a caller that
 * skipped the lock cannot overwrite a newer status. Returns each changed order's new version.
 * The SQL is the database function `packline_write_status_changes`, which the pick runs too
 * (migration 20261122030000_pick_in_one_round_trip); it stores times in UTC, like Prisma.
 */
export async function writeStatusChanges(
  tx: Tx,
  changes: readonly StatusChange[],
  write: StatusChangeWrite,
): Promise<Map<string, number>> {
  if (changes.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ order_id: string; new_version: number }[]>`
    SELECT order_id, new_version FROM packline_write_status_changes(
      ${JSON.stringify(changes.map((c) => ({ id: c.orderId, number: c.orderNumber, from: c.from })))}::jsonb,
      ${write.to}::"OrderStatus", ${write.actor.userId ?? null}, ${write.actor.label},
      ${write.reason ?? null})`;
  return new Map(rows.map((r) => [r.order_id, r.new_version]));
}

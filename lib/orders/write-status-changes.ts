import type { Tx } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { EventType } from "@/lib/events/emit-event";

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
 * Times are stored in UTC, like every timestamp Prisma writes.
 */
export async function writeStatusChanges(
  tx: Tx,
  changes: readonly StatusChange[],
  write: StatusChangeWrite,
): Promise<Map<string, number>> {
  if (changes.length === 0) return new Map();
  const now = new Date().toISOString();
  const reason = write.reason ?? null;
  const events: EventType[] =
    write.to === "DELIVERED" ? ["OrderStatusChanged", "OrderDelivered"] : ["OrderStatusChanged"];
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    WITH change AS (
      SELECT * FROM unnest(${changes.map((c) => c.orderId)}::text[],
        ${changes.map((c) => c.orderNumber)}::text[], ${changes.map((c) => c.from)}::text[])
        AS c(id, number, "from")
    ), stamp AS (
      SELECT ${now}::timestamptz AT TIME ZONE 'UTC' AS at, ${write.to}::"OrderStatus" AS "to"
    ), updated AS (
      UPDATE "Order" o SET status = s."to", version = o.version + 1, "updatedAt" = s.at,
        "packedAt" = CASE WHEN s."to" = 'PACKED' THEN s.at ELSE o."packedAt" END,
        "shippedAt" = CASE WHEN s."to" = 'SHIPPED' THEN s.at ELSE o."shippedAt" END,
        "deliveredAt" = CASE WHEN s."to" = 'DELIVERED' THEN s.at ELSE o."deliveredAt" END,
        "cancelledAt" = CASE WHEN s."to" = 'CANCELLED' THEN s.at ELSE o."cancelledAt" END,
        "cancelReason" = CASE WHEN s."to" = 'CANCELLED' THEN ${reason} ELSE o."cancelReason" END,
        "readyToPack" = o."readyToPack" AND s."to" <> 'CANCELLED'
      FROM change c, stamp s
      WHERE o.id = c.id AND o.status::text = c."from"
      RETURNING o.id, o.version, c.number, c."from"
    ), history AS (
      INSERT INTO "OrderStatusHistory"
        (id, "orderId", "fromStatus", "toStatus", reason, "actorId", "actorLabel", "createdAt")
      SELECT gen_random_uuid()::text, u.id, u."from"::"OrderStatus", s."to", ${reason},
        ${write.actor.userId ?? null}, ${write.actor.label}, s.at
      FROM updated u, stamp s
    ), outbox AS (
      INSERT INTO "OutboxEvent" (id, type, "aggregateType", "aggregateId", payload, "createdAt",
        "nextAttemptAt")
      SELECT gen_random_uuid()::text, e.type, 'Order', u.id,
        jsonb_build_object('orderId', u.id, 'orderNumber', u.number, 'from', u."from",
          'to', s."to", 'reason', ${reason}::text, 'occurredAt', ${now}::text),
        s.at, s.at
      FROM updated u, stamp s, unnest(${events}::text[]) AS e(type)
    )
    SELECT id, version FROM updated`;
  return new Map(rows.map((r) => [r.id, r.version]));
}

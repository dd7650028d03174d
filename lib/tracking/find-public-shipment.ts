import { db } from "@/lib/db";
import type {
  CourierCode,
  PaymentMethod,
  ShipmentDirection,
  ShipmentStatus,
} from "@/lib/generated/prisma/enums";
import type { TimelineEvent } from "./tracking-timeline";

/** What get-public-tracking.ts needs of one parcel: one row, read in one statement. */
export interface PublicShipmentRow {
  awb: string;
  direction: ShipmentDirection;
  status: ShipmentStatus;
  expectedDeliveryAt: Date | null;
  deliveredAt: Date | null;
  deliveryAttempts: number | null;
  courier: CourierCode | null;
  orderNumber: string;
  customerName: string;
  city: string;
  pincode: string;
  paymentMethod: PaymentMethod;
  codAmountPaise: number;
  /** the courier's first promise (the oldest ShipmentPromise) */
  firstPromisedAt: Date | null;
  items: { title: string; qtyOrdered: number; qtyShort: number }[];
  events: (Omit<TimelineEvent, "occurredAt"> & { occurredAt: string })[];
}

/**
 * The parcel a customer means by an AWB as they typed it, with everything its page shows, in one
 * statement: a page view and every poll of the live view run it, so it is one round trip. The
 * AWB is tried as typed and in capitals (couriers issue capitals, customers type from an SMS in
 * any case), on the shipment and on the AWBs a courier replaced (a re-created booking): each an
 * equality on a unique index, where a case-insensitive match would scan every shipment. Times in
 * the JSON parts are UTC with their offset (the session runs in UTC, lib/db.ts).
 */
export async function findPublicShipment(typed: string): Promise<PublicShipmentRow | null> {
  const awbs = [...new Set([typed, typed.toUpperCase()])];
  const rows = await db.$queryRaw<PublicShipmentRow[]>`
    WITH target AS (
      (SELECT id FROM "Shipment" WHERE awb = ANY(${awbs}::text[]))
      UNION ALL
      (SELECT "shipmentId" FROM "ShipmentAwbAlias" WHERE awb = ANY(${awbs}::text[]))
      LIMIT 1
    )
    SELECT s.awb, s.direction, s.status, s."expectedDeliveryAt", s."deliveredAt",
           s."deliveryAttempts", c.courier, o.number AS "orderNumber", o."customerName", o.city,
           o.pincode, o."paymentMethod", o."codAmountPaise",
           (SELECT p."expectedDeliveryAt" FROM "ShipmentPromise" p
             WHERE p."shipmentId" = s.id ORDER BY p."recordedAt" LIMIT 1) AS "firstPromisedAt",
           COALESCE((SELECT json_agg(json_build_object('title', i.title,
                       'qtyOrdered', i."qtyOrdered", 'qtyShort', i."qtyShort")
                       ORDER BY i."createdAt", i.id)
                       FROM "OrderItem" i WHERE i."orderId" = o.id), '[]') AS items,
           -- what the courier said under an AWB it had replaced, after it did, is not this parcel's news
           COALESCE((SELECT json_agg(json_build_object('kind', e.kind, 'status', e.status,
                       'statusCoded', e."statusCoded", 'rawStatus', e."rawStatus",
                       'remarks', e.remarks, 'location', e.location,
                       'occurredAt', e."occurredAt" AT TIME ZONE 'UTC'))
                       FROM "TrackingEvent" e
                      WHERE e."shipmentId" = s.id AND e.kind <> 'OLD_AWB_SCAN'), '[]') AS events
      FROM target t
      JOIN "Shipment" s ON s.id = t.id
      JOIN "Order" o ON o.id = s."orderId"
      LEFT JOIN "CourierAccount" c ON c.id = s."courierAccountId"
     WHERE s.awb IS NOT NULL`;
  return rows[0] ?? null;
}

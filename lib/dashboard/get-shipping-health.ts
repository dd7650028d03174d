import { replicaDb } from "@/lib/db";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { istToday } from "@/lib/warehouse/ist-day-range";
import { dashboardPeriod } from "./dashboard-period";

export const TREND_DAYS = 30;

export interface ShippingHealth {
  /** every shipment by its current status */
  byStatus: { status: ShipmentStatus; count: number }[];
  /** one point per IST day of the last 30, oldest first */
  trend: { day: string; booked: number; delivered: number }[];
  bookingsFailed: number;
  /** NDRs waiting for an answer, by how long since the failed attempt */
  ndrWaiting: { underOneDay: number; oneToTwoDays: number; threeDaysOrMore: number };
  /** booked parcels the courier should collect by the end of today (IST) */
  pickupsDueToday: number;
  /** parcels still on their way whose promised delivery has passed */
  pastEdd: number;
}

interface AttentionRow {
  bookingsFailed: number;
  ndrUnderOneDay: number;
  ndrOneToTwoDays: number;
  ndrThreeDaysOrMore: number;
  pickupsDueToday: number;
  pastEdd: number;
}

/**
 * The top of the shipping dashboard: counts by status, bookings and deliveries per IST day over
 * the last 30 days, and what needs ops today. Each is one aggregate query that reads an index
 * (status, bookedAt, deliveredAt), so it stays fast at 100,000 shipments (bench/shipping-dashboard.ts).
 */
export async function getShippingHealth(now = new Date()): Promise<ShippingHealth> {
  const { start, end } = dashboardPeriod({ from: undefined, to: istToday(now) }, now);
  const [byStatus, trend, [attention]] = await Promise.all([
    replicaDb.$queryRaw<{ status: ShipmentStatus; count: number }[]>`
      SELECT status, count(*)::int AS count FROM "Shipment" GROUP BY status ORDER BY status`,
    replicaDb.$queryRaw<{ day: string; booked: number; delivered: number }[]>`
      WITH days AS (
        SELECT to_char(d, 'YYYY-MM-DD') AS day
        FROM generate_series((${start}::timestamp + interval '330 minutes')::date,
          (${end}::timestamp + interval '330 minutes')::date - 1, interval '1 day') d),
      booked AS (
        SELECT to_char("bookedAt" + interval '330 minutes', 'YYYY-MM-DD') AS day, count(*)::int AS n
        FROM "Shipment" WHERE "bookedAt" >= ${start} AND "bookedAt" < ${end} GROUP BY 1),
      delivered AS (
        SELECT to_char("deliveredAt" + interval '330 minutes', 'YYYY-MM-DD') AS day, count(*)::int AS n
        FROM "Shipment" WHERE "deliveredAt" >= ${start} AND "deliveredAt" < ${end} GROUP BY 1)
      SELECT days.day, coalesce(b.n, 0) AS booked, coalesce(d.n, 0) AS delivered
      FROM days LEFT JOIN booked b USING (day) LEFT JOIN delivered d USING (day)
      ORDER BY days.day`,
    // Only the statuses ops act on or wait for: a few rows of the status index, never a scan.
    // "Moving" (booked to out for delivery, or a failed attempt): a passed promise means late.
    replicaDb.$queryRaw<AttentionRow[]>`
      SELECT
        count(*) FILTER (WHERE status = 'FAILED')::int AS "bookingsFailed",
        count(*) FILTER (WHERE status = 'NDR' AND waited < interval '24 hours')::int AS "ndrUnderOneDay",
        count(*) FILTER (WHERE status = 'NDR' AND waited >= interval '24 hours'
          AND waited < interval '72 hours')::int AS "ndrOneToTwoDays",
        count(*) FILTER (WHERE status = 'NDR' AND waited >= interval '72 hours')::int AS "ndrThreeDaysOrMore",
        count(*) FILTER (WHERE status IN ('BOOKED', 'PICKUP_SCHEDULED')
          AND ("pickupScheduledFor" IS NULL OR "pickupScheduledFor" < ${end}))::int AS "pickupsDueToday",
        count(*) FILTER (WHERE status <> 'FAILED' AND "expectedDeliveryAt" < ${now})::int AS "pastEdd"
      FROM "Shipment",
        LATERAL (SELECT ${now}::timestamp - coalesce("statusAt", "updatedAt") AS waited) w
      WHERE status IN ('FAILED', 'BOOKED', 'PICKUP_SCHEDULED', 'PICKED_UP', 'IN_TRANSIT',
        'OUT_FOR_DELIVERY', 'NDR')`,
  ]);
  const a = attention!;
  return {
    byStatus,
    trend,
    bookingsFailed: a.bookingsFailed,
    ndrWaiting: {
      underOneDay: a.ndrUnderOneDay,
      oneToTwoDays: a.ndrOneToTwoDays,
      threeDaysOrMore: a.ndrThreeDaysOrMore,
    },
    pickupsDueToday: a.pickupsDueToday,
    pastEdd: a.pastEdd,
  };
}

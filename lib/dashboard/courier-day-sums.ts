import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The courier performance sums of the forward parcels booked on the given IST days, per day,
 * courier and pair of sorting districts: what CourierDayStats keeps (fold-courier-day-stats.ts)
 * and what the dashboard reads live for the days it does not hold yet. One statement for both,
 * so a folded day and a live one are summed alike.
 *
 * On time compares the delivery's IST day with the first promise's (firstPromisedAt, set when
 * the promise first changes; until then the promise held is the first), so a courier that moved
 * its promise later does not get credit for meeting the new one. Days to deliver run from
 * booking to delivery. First attempt is the courier's own attempt count when it sent one, else
 * "no failed-attempt (NDR) scan" (hadFailedAttempt).
 */
export function courierDaySums(days: string[]): Prisma.Sql {
  const sorted = [...days].sort();
  // The booking-time range lets the bookedAt index find the days' parcels.
  const start = new Date(Date.parse(`${sorted[0]}T00:00:00+05:30`));
  const end = new Date(Date.parse(`${sorted.at(-1)}T00:00:00+05:30`) + 86_400_000);
  return Prisma.sql`
    SELECT packline_ist_day(s."bookedAt") AS day, ca.courier,
      left(ca."pickupPincode", 3) AS "fromDistrict",
      left(o.pincode, 3) AS "toDistrict",
      count(*)::int AS shipments,
      count(*) FILTER (WHERE d.delivered)::int AS delivered,
      count(*) FILTER (WHERE s.status IN ('RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED'))::int AS rto,
      count(d.promised) FILTER (WHERE d.delivered)::int AS promised,
      count(*) FILTER (WHERE d.delivered
        AND packline_ist_day(s."deliveredAt") <= packline_ist_day(d.promised))::int AS "onTime",
      count(*) FILTER (WHERE d.delivered AND CASE
        WHEN s."deliveryAttempts" IS NOT NULL THEN s."deliveryAttempts" <= 1
        ELSE NOT s."hadFailedAttempt" END)::int AS "firstAttempt",
      coalesce(sum(extract(epoch FROM s."deliveredAt" - s."bookedAt") / 86400)
        FILTER (WHERE d.delivered), 0)::float8 AS "deliverDaysSum",
      count(*) FILTER (WHERE d.delivered AND s."deliveredAt" IS NOT NULL)::int AS "deliverDaysCount",
      coalesce(sum(s."chargePaise"), 0)::bigint AS "chargePaiseSum",
      count(s."chargePaise")::int AS charged
    FROM "Shipment" s
    JOIN "CourierAccount" ca ON ca.id = s."courierAccountId"
    JOIN "Order" o ON o.id = s."orderId"
    CROSS JOIN LATERAL (SELECT s.status = 'DELIVERED' AS delivered,
      coalesce(s."firstPromisedAt", s."expectedDeliveryAt") AS promised) d
    WHERE s.direction = 'FORWARD' AND s."bookedAt" >= ${start} AND s."bookedAt" < ${end}
      AND packline_ist_day(s."bookedAt") = ANY(${sorted}::date[])
    GROUP BY 1, 2, 3, 4`;
}

import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { IstDayRange } from "@/lib/warehouse/ist-day-range";
import { dashboardPeriod } from "./dashboard-period";
import { courierZoneRates, type CourierZoneRates, type PerformanceGroup } from "./courier-rates";

export interface CourierPerformance {
  period: Pick<IstDayRange, "from" | "to">;
  rows: CourierZoneRates[];
}

type Row = Omit<PerformanceGroup, "courier"> & { courier: CourierCode };

/**
 * Courier × zone performance of Packline's own forward parcels booked in the period (IST days;
 * the last 30 by default). SQL sums per courier and pair of sorting districts (the zone rule
 * lives in zone.ts, not here); courier-rates.ts turns the sums into rates.
 *
 * On time compares the delivery's IST day with the first promise's (firstPromisedAt, set when
 * the promise first changes; until then the promise held is the first), so a courier that moved
 * its promise later does not get credit for meeting the new one. Days to deliver run from
 * booking to delivery. First attempt is the courier's own attempt count when it sent one, else
 * "no failed-attempt (NDR) scan" (hadFailedAttempt). Both are kept on Shipment by tracking, so
 * a year of parcels is one range scan of Shipment rather than a probe of the history per row.
 */
export async function getCourierPerformance(options: {
  from?: string;
  to?: string;
  now?: Date;
}): Promise<CourierPerformance> {
  const { from, to, start, end } = dashboardPeriod(options, options.now);
  const groups = await db.$queryRaw<Row[]>`
    SELECT ca.courier,
      left(ca."pickupPincode", 3) AS "fromDistrict",
      left(o.pincode, 3) AS "toDistrict",
      count(*)::int AS shipments,
      count(*) FILTER (WHERE d.delivered)::int AS delivered,
      count(*) FILTER (WHERE s.status IN ('RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED'))::int AS rto,
      count(d.promised) FILTER (WHERE d.delivered)::int AS promised,
      count(*) FILTER (WHERE d.delivered
        AND (s."deliveredAt" + interval '330 minutes')::date
          <= (d.promised + interval '330 minutes')::date)::int AS "onTime",
      count(*) FILTER (WHERE d.delivered AND CASE
        WHEN s."deliveryAttempts" IS NOT NULL THEN s."deliveryAttempts" <= 1
        ELSE NOT s."hadFailedAttempt" END)::int AS "firstAttempt",
      coalesce(sum(extract(epoch FROM s."deliveredAt" - s."bookedAt") / 86400)
        FILTER (WHERE d.delivered), 0)::float8 AS "deliverDaysSum",
      count(*) FILTER (WHERE d.delivered AND s."deliveredAt" IS NOT NULL)::int AS "deliverDaysCount",
      coalesce(sum(s."chargePaise"), 0)::float8 AS "chargePaiseSum",
      count(s."chargePaise")::int AS charged
    FROM "Shipment" s
    JOIN "CourierAccount" ca ON ca.id = s."courierAccountId"
    JOIN "Order" o ON o.id = s."orderId"
    CROSS JOIN LATERAL (SELECT s.status = 'DELIVERED' AS delivered,
      coalesce(s."firstPromisedAt", s."expectedDeliveryAt") AS promised) d
    WHERE s.direction = 'FORWARD' AND s."bookedAt" >= ${start} AND s."bookedAt" < ${end}
    GROUP BY 1, 2, 3`;
  return { period: { from, to }, rows: courierZoneRates(groups) };
}

import { db } from "@/lib/db";

export interface ZonePerformance {
  onTimeRate: number | null;
  rtoRate: number | null;
  samples: number;
}

/** The delivery zone of a pincode: its first two digits, the postal circle. */
export const zoneOf = (pincode: string) => pincode.slice(0, 2);

/**
 * Each courier account's record in the drop pincode's zone over the last 90 days, from
 * Packline's own finished shipments: on time = delivered by the promised date; RTO share of
 * finished shipments.
 */
export async function zonePerformance(dropPincode: string): Promise<Map<string, ZonePerformance>> {
  const rows = await db.$queryRaw<
    { accountId: string; delivered: number; onTime: number; rto: number }[]
  >`
    SELECT s."courierAccountId" AS "accountId",
           count(*) FILTER (WHERE s.status = 'DELIVERED')::int AS delivered,
           count(*) FILTER (WHERE s.status = 'DELIVERED' AND s."expectedDeliveryAt" IS NOT NULL
                            AND s."deliveredAt" <= s."expectedDeliveryAt")::int AS "onTime",
           count(*) FILTER (WHERE s.status IN ('RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED'))::int AS rto
    FROM "Shipment" s JOIN "Order" o ON o.id = s."orderId"
    WHERE s."courierAccountId" IS NOT NULL AND s.direction = 'FORWARD'
      AND o.pincode LIKE ${`${zoneOf(dropPincode)}%`}
      AND s."createdAt" > now() - interval '90 days'
    GROUP BY s."courierAccountId"`;
  return new Map(
    rows.map((r) => [
      r.accountId,
      {
        onTimeRate: r.delivered ? r.onTime / r.delivered : null,
        rtoRate: r.delivered + r.rto ? r.rto / (r.delivered + r.rto) : null,
        samples: r.delivered + r.rto,
      },
    ]),
  );
}

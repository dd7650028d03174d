import { Prisma } from "@/lib/generated/prisma/client";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { ReconciliationState } from "@/lib/validation/remittance";
import type { RemittanceRules } from "./courier-defaults";

export interface ReconciliationScope {
  rules: Record<CourierCode, RemittanceRules>;
  now: Date;
  state?: ReconciliationState;
  courier?: CourierCode;
}

/**
 * Every AWB that either was delivered with cash to collect or was remitted, as one row with its
 * state, computed from the rows themselves each time (so a late tracking update or a new report
 * changes the picture at once, with nothing to keep in step):
 * - the COD side is each DELIVERED forward parcel of a COD order with cash still to collect
 *   (Order.codAmountPaise is what was in the box after shorts);
 * - the remitted side sums the lines of every report for that AWB (a courier may remit one
 *   parcel in two instalments under two references);
 * - REMITTED equal, SHORT less, OVER more, UNKNOWN remitted for an AWB that is not such a parcel,
 *   LATE not remitted more than the courier's N days after delivery, AWAITING not remitted yet.
 * Used as `FROM (${reconciliationRows(scope)}) rec`.
 */
export function reconciliationRows(scope: ReconciliationScope): Prisma.Sql {
  const couriers = Object.keys(scope.rules) as CourierCode[];
  const lateDays = couriers.map((c) => scope.rules[c].lateAfterDays);
  return Prisma.sql`
    WITH rules AS (
      SELECT * FROM unnest(${couriers}::text[], ${lateDays}::int[]) AS r(courier, late_days)
    ), cod AS (
      SELECT s.awb, a.courier::text AS courier, o.number, o."codAmountPaise"::bigint AS expected,
        s."deliveredAt" AS delivered_at
      FROM "Shipment" s
      JOIN "Order" o ON o.id = s."orderId"
      JOIN "CourierAccount" a ON a.id = s."courierAccountId"
      WHERE s.direction = 'FORWARD' AND s.status = 'DELIVERED' AND s.awb IS NOT NULL
        AND o."paymentMethod" = 'COD' AND o."codAmountPaise" > 0
    ), paid AS (
      SELECT l.awb, min(a.courier::text) AS courier, sum(l."amountPaise") AS remitted,
        max(l."remittedAt") AS remitted_at, string_agg(DISTINCT l.reference, ' ') AS refs
      FROM "RemittanceLine" l
      JOIN "CourierAccount" a ON a.id = l."courierAccountId"
      GROUP BY l.awb
    ), joined AS (
      SELECT coalesce(cod.awb, paid.awb) AS awb, coalesce(cod.courier, paid.courier) AS courier,
        cod.number, cod.expected, paid.remitted, cod.delivered_at, paid.remitted_at, paid.refs,
        CASE
          WHEN cod.awb IS NULL THEN 'UNKNOWN'
          WHEN paid.awb IS NULL THEN
            CASE WHEN cod.delivered_at < ${scope.now.toISOString()}::timestamp
                   - make_interval(days => coalesce(r.late_days, 10))
              THEN 'LATE' ELSE 'AWAITING' END
          WHEN paid.remitted = cod.expected THEN 'REMITTED'
          WHEN paid.remitted < cod.expected THEN 'SHORT'
          ELSE 'OVER'
        END AS state
      FROM cod
      FULL JOIN paid ON paid.awb = cod.awb
      LEFT JOIN rules r ON r.courier = coalesce(cod.courier, paid.courier)
    )
    SELECT * FROM joined
    WHERE true
      ${scope.state ? Prisma.sql`AND state = ${scope.state}` : Prisma.empty}
      ${scope.courier ? Prisma.sql`AND courier = ${scope.courier}` : Prisma.empty}`;
}

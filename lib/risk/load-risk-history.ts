import type { Tx } from "@/lib/db";
import { cityKey } from "./place-names";
import { CAME_BACK, FINISHED, placeStats } from "./place-stats";
import { addTo, emptyPlace, emptyTally, type RiskHistory } from "./risk-history";

export interface HistoryKey {
  id: string;
  placedAt: Date;
  pincode: string;
  city: string;
  customerPhone: string;
  customerEmail: string | null;
}

interface BuyerOrderRow {
  id: string;
  phone: string;
  email: string | null;
  placedAt: Date;
  finished: number;
  rto: number;
  returns: number;
}

/**
 * What Packline knows now about a batch of orders being placed: the merchant's, each pincode's
 * and city's finished parcels (by courier; place-stats.ts, at most a minute old), and each
 * buyer's earlier orders, in one query for the whole batch whatever its size.
 */
export async function loadRiskHistory(tx: Tx, orders: HistoryKey[]): Promise<RiskHistory[]> {
  const phones = [...new Set(orders.map((o) => o.customerPhone))];
  const emails = [...new Set(orders.flatMap((o) => (o.customerEmail ? [o.customerEmail] : [])))];
  const places = await placeStats(tx);
  const buyers = await tx.$queryRaw<BuyerOrderRow[]>`
    SELECT o.id, o."customerPhone" AS phone, o."customerEmail" AS email, o."placedAt",
      count(s.id)::int AS finished, count(s.id) FILTER (WHERE ${CAME_BACK})::int AS rto,
      (SELECT count(*)::int FROM "ReturnRequest" r WHERE r."orderId" = o.id
         AND r.status NOT IN ('REFUSED', 'CANCELLED')) AS returns
    FROM "Order" o LEFT JOIN "Shipment" s ON s."orderId" = o.id AND ${FINISHED}
    WHERE o."customerPhone" = ANY(${phones}) OR o."customerEmail" = ANY(${emails})
    GROUP BY o.id`;

  return orders.map((order) => {
    const earlier = buyers.filter(
      (b) =>
        b.id !== order.id &&
        b.placedAt < order.placedAt &&
        (b.phone === order.customerPhone || (!!b.email && b.email === order.customerEmail)),
    );
    const parcels = emptyTally();
    for (const b of earlier) addTo(parcels, b);
    return {
      merchant: places.merchant,
      pincode: places.byPin.get(order.pincode) ?? emptyPlace(),
      city: places.byCity.get(cityKey(order.city)) ?? emptyPlace(),
      buyer: {
        orders: earlier.length,
        parcels,
        returns: earlier.reduce((sum, b) => sum + b.returns, 0),
      },
    };
  });
}

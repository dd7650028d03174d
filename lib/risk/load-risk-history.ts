import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cityKey } from "./place-names";
import {
  addTo,
  addToPlace,
  emptyPlace,
  emptyTally,
  type PlaceHistory,
  type RiskHistory,
} from "./risk-history";

export interface HistoryKey {
  id: string;
  placedAt: Date;
  pincode: string;
  city: string;
  customerPhone: string;
  customerEmail: string | null;
}

// A forward parcel has finished when it was delivered or is coming back; the same definition
// as the shipping dashboard's RTO rate (lib/dashboard/courier-day-sums.ts).
const FINISHED = Prisma.sql`s.direction = 'FORWARD'
  AND s.status IN ('DELIVERED', 'RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED')`;
const CAME_BACK = Prisma.sql`s.status <> 'DELIVERED'`;
// The city as letters only, lower case, in SQL; cityKey also folds renamed cities, so both
// spellings are asked for.
const CITY_LETTERS = Prisma.sql`lower(regexp_replace(o.city, '[^A-Za-z]', '', 'g'))`;
const letters = (city: string) => city.toLowerCase().replace(/[^a-z]/g, "");

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
 * and city's finished parcels (by courier), and each buyer's earlier orders, in three queries for
 * the whole batch whatever its size.
 */
export async function loadRiskHistory(tx: Tx, orders: HistoryKey[]): Promise<RiskHistory[]> {
  const pins = [...new Set(orders.map((o) => o.pincode))];
  const cities = [...new Set(orders.flatMap((o) => [letters(o.city), cityKey(o.city)]))];
  const phones = [...new Set(orders.map((o) => o.customerPhone))];
  const emails = [...new Set(orders.flatMap((o) => (o.customerEmail ? [o.customerEmail] : [])))];
  const [merchant] = await tx.$queryRaw<{ finished: number; rto: number }[]>`
    SELECT count(*)::int AS finished, count(*) FILTER (WHERE ${CAME_BACK})::int AS rto
    FROM "Shipment" s WHERE ${FINISHED}`;
  const places = await tx.$queryRaw<
    { pincode: string; city: string; courier: string | null; finished: number; rto: number }[]
  >`
    SELECT o.pincode, ${CITY_LETTERS} AS city, ca.courier::text AS courier,
      count(*)::int AS finished, count(*) FILTER (WHERE ${CAME_BACK})::int AS rto
    FROM "Shipment" s JOIN "Order" o ON o.id = s."orderId"
    LEFT JOIN "CourierAccount" ca ON ca.id = s."courierAccountId"
    WHERE ${FINISHED} AND (o.pincode = ANY(${pins}) OR ${CITY_LETTERS} = ANY(${cities}))
    GROUP BY 1, 2, 3`;
  const buyers = await tx.$queryRaw<BuyerOrderRow[]>`
    SELECT o.id, o."customerPhone" AS phone, o."customerEmail" AS email, o."placedAt",
      count(s.id)::int AS finished, count(s.id) FILTER (WHERE ${CAME_BACK})::int AS rto,
      (SELECT count(*)::int FROM "ReturnRequest" r WHERE r."orderId" = o.id
         AND r.status NOT IN ('REFUSED', 'CANCELLED')) AS returns
    FROM "Order" o LEFT JOIN "Shipment" s ON s."orderId" = o.id AND ${FINISHED}
    WHERE o."customerPhone" = ANY(${phones}) OR o."customerEmail" = ANY(${emails})
    GROUP BY o.id`;

  const byPin = new Map<string, PlaceHistory>();
  const byCity = new Map<string, PlaceHistory>();
  const place = (map: Map<string, PlaceHistory>, key: string) => {
    let p = map.get(key);
    if (!p) map.set(key, (p = emptyPlace()));
    return p;
  };
  for (const row of places) {
    addToPlace(place(byPin, row.pincode), row.courier, row);
    addToPlace(place(byCity, cityKey(row.city)), row.courier, row);
  }

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
      merchant: merchant ?? emptyTally(),
      pincode: byPin.get(order.pincode) ?? emptyPlace(),
      city: byCity.get(cityKey(order.city)) ?? emptyPlace(),
      buyer: {
        orders: earlier.length,
        parcels,
        returns: earlier.reduce((sum, b) => sum + b.returns, 0),
      },
    };
  });
}

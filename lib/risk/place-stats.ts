import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cityKey } from "./place-names";
import {
  addTo,
  addToPlace,
  emptyPlace,
  emptyTally,
  type PlaceHistory,
  type Tally,
} from "./risk-history";

// A forward parcel has finished when it was delivered or is coming back; the same definition
// as the shipping dashboard's RTO rate (lib/dashboard/courier-day-sums.ts).
export const FINISHED = Prisma.sql`s.direction = 'FORWARD'
  AND s.status IN ('DELIVERED', 'RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED')`;
export const CAME_BACK = Prisma.sql`s.status <> 'DELIVERED'`;

export interface PlaceStats {
  merchant: Tally;
  byPin: Map<string, PlaceHistory>;
  byCity: Map<string, PlaceHistory>;
}

/**
 * How long the merchant's, pincodes' and cities' tallies are reused. Summing them means reading
 * every finished parcel (one GROUP BY, ~0.1–0.3 s at 100,000 parcels); an import batch that did
 * it for its own pincodes would still touch most of them in a busy shop, every batch. A minute
 * old is as good for a rate built on hundreds of parcels, and it is never later knowledge.
 */
export const PLACE_STATS_TTL_MS = 60_000;

let cached: { at: number; stats: PlaceStats } | null = null;

function place(map: Map<string, PlaceHistory>, key: string): PlaceHistory {
  let p = map.get(key);
  if (!p) map.set(key, (p = emptyPlace()));
  return p;
}

/** Every finished parcel summed per pincode, city (cityKey) and courier, at most a minute old. */
export async function placeStats(tx: Tx, now = Date.now()): Promise<PlaceStats> {
  if (cached && now - cached.at < PLACE_STATS_TTL_MS) return cached.stats;
  const rows = await tx.$queryRaw<
    { pincode: string; city: string; courier: string | null; finished: number; rto: number }[]
  >`
    SELECT o.pincode, o.city, ca.courier::text AS courier,
      count(*)::int AS finished, count(*) FILTER (WHERE ${CAME_BACK})::int AS rto
    FROM "Shipment" s JOIN "Order" o ON o.id = s."orderId"
    LEFT JOIN "CourierAccount" ca ON ca.id = s."courierAccountId"
    WHERE ${FINISHED}
    GROUP BY 1, 2, 3`;
  const stats: PlaceStats = { merchant: emptyTally(), byPin: new Map(), byCity: new Map() };
  for (const row of rows) {
    addTo(stats.merchant, row);
    addToPlace(place(stats.byPin, row.pincode), row.courier, row);
    addToPlace(place(stats.byCity, cityKey(row.city)), row.courier, row);
  }
  cached = { at: now, stats };
  return stats;
}

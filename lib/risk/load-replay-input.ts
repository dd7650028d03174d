import { db as primary, type Db } from "@/lib/db";
import { CAME_BACK, FINISHED } from "./place-stats";
import { riskOrderSelect } from "./risk-order-select";
import type { ReplayOrder, ReplayParcel, ReplayReturn } from "./risk-replay";

export interface ReplayInput {
  orders: (ReplayOrder & { scored: boolean })[];
  parcels: ReplayParcel[];
  returns: ReplayReturn[];
}

/**
 * Everything the replay walks, read once: the orders, each finished forward parcel with the
 * moment it finished (delivered: its delivery; came back: its first RTO scan, else when its
 * status last changed), and each customer return that was not refused or cancelled. The lift page
 * reads it from the replica; the backfill, which writes scores, from the primary.
 */
export async function loadReplayInput(db: Db = primary): Promise<ReplayInput> {
  const [orders, parcels, returns] = await Promise.all([
    db.order.findMany({
      select: { ...riskOrderSelect, rtoRiskScore: true },
    }),
    db.$queryRaw<ReplayParcel[]>`
      SELECT s."orderId", ca.courier::text AS courier, ${CAME_BACK} AS "cameBack",
        CASE WHEN s.status = 'DELIVERED'
          THEN coalesce(s."deliveredAt", s."statusAt", s."updatedAt")
          ELSE coalesce((SELECT min(te."occurredAt") FROM "TrackingEvent" te
                          WHERE te."shipmentId" = s.id
                            AND te.status IN ('RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED')),
                        s."statusAt", s."updatedAt") END AS "finishedAt"
      FROM "Shipment" s LEFT JOIN "CourierAccount" ca ON ca.id = s."courierAccountId"
      WHERE ${FINISHED}`,
    db.returnRequest.findMany({
      where: { status: { notIn: ["REFUSED", "CANCELLED"] } },
      select: { orderId: true, createdAt: true },
    }),
  ]);
  return {
    orders: orders.map(({ rtoRiskScore, ...o }) => ({ ...o, scored: rtoRiskScore !== null })),
    parcels,
    returns: returns.map((r) => ({ orderId: r.orderId, at: r.createdAt })),
  };
}

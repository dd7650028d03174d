import { db } from "@/lib/db";
import type { ReplayOrder, ReplayParcel, ReplayReturn } from "./risk-replay";

export interface ReplayInput {
  orders: (ReplayOrder & { scored: boolean })[];
  parcels: ReplayParcel[];
  returns: ReplayReturn[];
}

/**
 * Everything the replay walks, read once: the orders, each finished forward parcel with the
 * moment it finished (delivered: its delivery; came back: its first RTO scan, else when its
 * status last changed), and each customer return that was not refused or cancelled.
 */
export async function loadReplayInput(): Promise<ReplayInput> {
  const [orders, parcels, returns] = await Promise.all([
    db.order.findMany({
      select: {
        id: true,
        placedAt: true,
        pincode: true,
        city: true,
        state: true,
        addressLine1: true,
        addressLine2: true,
        landmark: true,
        customerPhone: true,
        customerEmail: true,
        paymentMethod: true,
        totalPaise: true,
        rtoRiskScore: true,
      },
    }),
    db.$queryRaw<ReplayParcel[]>`
      SELECT s."orderId", ca.courier::text AS courier, s.status <> 'DELIVERED' AS "cameBack",
        CASE WHEN s.status = 'DELIVERED'
          THEN coalesce(s."deliveredAt", s."statusAt", s."updatedAt")
          ELSE coalesce((SELECT min(te."occurredAt") FROM "TrackingEvent" te
                          WHERE te."shipmentId" = s.id
                            AND te.status IN ('RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED')),
                        s."statusAt", s."updatedAt") END AS "finishedAt"
      FROM "Shipment" s LEFT JOIN "CourierAccount" ca ON ca.id = s."courierAccountId"
      WHERE s.direction = 'FORWARD'
        AND s.status IN ('DELIVERED', 'RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED')`,
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

import { db } from "@/lib/db";
import { firstPromiseIfLate } from "@/lib/tracking/running-late";
import { TIMELINE_EVENT_SELECT, trackingTimeline } from "@/lib/tracking/tracking-timeline";

const trackingSelect = {
  id: true,
  rawStatus: true,
  rawStatusCode: true,
  courierRemarks: true,
  courierLocation: true,
  courierStatusAt: true,
  expectedDeliveryAt: true,
  deliveryAttempts: true,
  chargedWeightGrams: true,
  courierAccount: { select: { courier: true } },
  promises: {
    orderBy: { recordedAt: "asc" },
    select: { expectedDeliveryAt: true, recordedAt: true, source: true },
  },
  awbAliases: { orderBy: { replacedAt: "asc" }, select: { awb: true, replacedAt: true } },
  trackingEvents: { select: TIMELINE_EVENT_SELECT },
} as const;

type TrackingRow = Awaited<ReturnType<typeof loadRows>>[number];

const loadRows = (shipmentIds: string[]) =>
  db.shipment.findMany({ where: { id: { in: shipmentIds } }, select: trackingSelect });

function toShipmentTracking(row: TrackingRow) {
  const late = firstPromiseIfLate(row.promises[0]?.expectedDeliveryAt, row.expectedDeliveryAt);
  return {
    /** the courier's own current status, words and all, even one Packline cannot map */
    courierStatus: row.rawStatus
      ? {
          words: row.rawStatus,
          code: row.rawStatusCode,
          remarks: row.courierRemarks,
          location: row.courierLocation,
          at: row.courierStatusAt?.toISOString() ?? null,
        }
      : null,
    expectedDeliveryAt: row.expectedDeliveryAt?.toISOString() ?? null,
    /** every promise the courier made, first one first */
    promises: row.promises.map((p) => ({
      expectedDeliveryAt: p.expectedDeliveryAt.toISOString(),
      recordedAt: p.recordedAt.toISOString(),
      source: p.source,
    })),
    /** the first promise, when the courier has since moved it later */
    firstPromisedAt: late?.toISOString() ?? null,
    deliveryAttempts: row.deliveryAttempts,
    chargedWeightGrams: row.chargedWeightGrams,
    /** AWBs the courier replaced when it re-created the booking */
    previousAwbs: row.awbAliases.map((a) => ({
      awb: a.awb,
      replacedAt: a.replacedAt.toISOString(),
    })),
    timeline: trackingTimeline(row.courierAccount?.courier ?? null, row.trackingEvents),
  };
}

export type ShipmentTracking = ReturnType<typeof toShipmentTracking>;

/**
 * What ops see of each shipment's tracking on the order page: the courier's current words,
 * the delivery promise and its changes, attempts, charged weight, earlier AWBs, and the
 * timeline in plain words with the courier's raw text beside each line. One query for all the
 * order's shipments.
 */
export async function getShipmentTracking(
  shipmentIds: string[],
): Promise<Map<string, ShipmentTracking>> {
  if (shipmentIds.length === 0) return new Map();
  const rows = await loadRows(shipmentIds);
  return new Map(rows.map((row) => [row.id, toShipmentTracking(row)]));
}

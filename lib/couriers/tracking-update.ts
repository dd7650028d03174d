import type { CurrentTrackingStatus, TrackingScan, TrackingUpdate } from "./types";

/** A scan read as the parcel's current status (a push that carries one scan, the newest scan). */
export function currentFromScan(scan: TrackingScan): CurrentTrackingStatus {
  return {
    status: scan.status,
    rawStatus: scan.rawStatus,
    rawCode: scan.rawCode,
    location: scan.location,
    remarks: scan.remarks,
    occurredAt: scan.occurredAt,
  };
}

/** An update with nothing known beyond the given fields. */
export function trackingUpdate(
  awb: string,
  fields: Partial<Omit<TrackingUpdate, "awb">>,
): TrackingUpdate {
  return {
    awb,
    current: null,
    scans: [],
    expectedDeliveryAt: null,
    deliveryAttempts: null,
    chargedWeightGrams: null,
    courierOrderRef: null,
    ...fields,
  };
}

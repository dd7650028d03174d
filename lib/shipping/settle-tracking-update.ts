import type { TrackingScan, TrackingUpdate } from "@/lib/couriers/types";
import {
  currentStatusPoint,
  foldScans,
  settleCurrentStatus,
  type StatusPoint,
} from "./tracking-status-rank";

/** The courier's own words about where the parcel stands, as the shipment keeps them. */
export interface CourierStatement {
  rawStatus: string;
  rawStatusCode: string | null;
  courierRemarks: string | null;
  courierLocation: string | null;
  /** when it happened; when the courier did not say, when Packline learned it */
  courierStatusAt: Date;
}

export interface SettledTracking {
  /** the shipment's new status and statusAt, or null when the message does not move it */
  point: StatusPoint | null;
  /** null when the message states nothing newer than what the shipment holds */
  statement: CourierStatement | null;
}

/**
 * What one courier message does to a shipment's status. A message with a current status moves
 * the shipment by it (its scans are history); one without (a push of scans only) moves it by its
 * newest new scans, as scans always did. Pure, so the rules are tested without a database.
 */
export function settleTrackingUpdate(
  shipment: { status: StatusPoint["status"]; statusAt: Date | null; courierStatusAt: Date | null },
  update: Pick<TrackingUpdate, "current" | "scans">,
  freshScans: readonly TrackingScan[],
  now: Date,
): SettledTracking {
  const start = { status: shipment.status, at: shipment.statusAt };
  const current = update.current;
  if (!current) {
    const end = foldScans(start, freshScans);
    const moved = end.scanIndex === null ? null : freshScans[end.scanIndex]!;
    return {
      point: moved && { status: end.status, at: end.at },
      statement: moved && {
        rawStatus: moved.rawStatus,
        rawStatusCode: moved.rawCode,
        courierRemarks: moved.remarks,
        courierLocation: moved.location,
        courierStatusAt: moved.occurredAt,
      },
    };
  }
  const scans = update.scans.filter((s) => !Number.isNaN(s.occurredAt.getTime()));
  const point = current.status
    ? currentStatusPoint({ ...current, status: current.status }, scans, now)
    : null;
  // An older statement (a webhook retried after a newer one arrived) does not overwrite the
  // courier's newer words; one without a time is the courier speaking now.
  const older =
    current.occurredAt !== null &&
    shipment.courierStatusAt !== null &&
    current.occurredAt.getTime() < shipment.courierStatusAt.getTime();
  return {
    point: point && settleCurrentStatus(start, point),
    statement: older
      ? null
      : {
          rawStatus: current.rawStatus,
          rawStatusCode: current.rawCode,
          courierRemarks: current.remarks,
          courierLocation: current.location,
          courierStatusAt: point?.at ?? current.occurredAt ?? now,
        },
  };
}

import type { ShipmentStatus } from "@/lib/generated/prisma/enums";

/**
 * How far along its journey a shipment is. Couriers deliver scans late and out of order (a
 * webhook retried after the poll saw the next scan, two hubs' clocks apart), so the shipment's
 * status only moves forward: a scan of a lower rank never overrides a higher one.
 *
 * NDR ranks with OUT_FOR_DELIVERY: a failed attempt comes after going out, and the re-attempt
 * loop (NDR → IN_TRANSIT → OUT_FOR_DELIVERY → NDR …) is decided by scan time instead, see below.
 * The RTO leg ranks above the whole forward leg; DELIVERED, RTO_DELIVERED and the exits rank top.
 */
const RANK: Record<ShipmentStatus, number> = {
  PENDING: 0,
  FAILED: 0,
  BOOKED: 1,
  PICKUP_SCHEDULED: 2,
  PICKED_UP: 3,
  IN_TRANSIT: 4,
  OUT_FOR_DELIVERY: 5,
  NDR: 5,
  RTO_INITIATED: 6,
  RTO_IN_TRANSIT: 7,
  DELIVERED: 10,
  RTO_DELIVERED: 10,
  CANCELLED: 10,
  LOST: 10,
  DAMAGED: 10,
};

/** Statuses after which no scan changes the shipment and polling stops. */
export const TERMINAL_SHIPMENT_STATUSES = [
  "DELIVERED",
  "RTO_DELIVERED",
  "CANCELLED",
  "LOST",
  "DAMAGED",
] as const satisfies readonly ShipmentStatus[];

/** Shipments with an AWB whose journey is still going: the ones the poll asks about. */
export const TRACKABLE_SHIPMENT_STATUSES = [
  "BOOKED",
  "PICKUP_SCHEDULED",
  "PICKED_UP",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "NDR",
  "RTO_INITIATED",
  "RTO_IN_TRANSIT",
] as const satisfies readonly ShipmentStatus[];

// The delivery loop: after an NDR the courier re-attempts, so the parcel may legitimately go
// back to IN_TRANSIT or OUT_FOR_DELIVERY, and fail again.
const DELIVERY_LOOP = new Set<ShipmentStatus>(["IN_TRANSIT", "OUT_FOR_DELIVERY", "NDR"]);

export function shipmentStatusRank(status: ShipmentStatus): number {
  return RANK[status];
}

export function isTerminalShipmentStatus(status: ShipmentStatus): boolean {
  return (TERMINAL_SHIPMENT_STATUSES as readonly ShipmentStatus[]).includes(status);
}

export interface StatusPoint {
  status: ShipmentStatus;
  /** when the scan that set this status happened; null when not known (set at booking) */
  at: Date | null;
}

/**
 * Whether a scan moves the shipment from `current` to `next`: never out of a terminal status;
 * inside the delivery loop the newer (or same-second, later-listed) scan wins whatever its rank (a re-attempt goes back to
 * IN_TRANSIT; a late copy of the first attempt's OUT_FOR_DELIVERY does not undo the NDR that
 * followed it); everywhere else only a higher rank moves it.
 */
export function shouldApplyScan(current: StatusPoint, next: StatusPoint): boolean {
  if (next.status === current.status) return false;
  if (isTerminalShipmentStatus(current.status)) return false;
  const loop = DELIVERY_LOOP.has(current.status) && DELIVERY_LOOP.has(next.status);
  // Scans stamped in the same second are taken in the order they come: couriers list them in order.
  if (loop && current.at && next.at) return next.at.getTime() >= current.at.getTime();
  return RANK[next.status] > RANK[current.status];
}

/**
 * Folds scans (any order) into the status they leave the shipment in; `scanIndex` is the scan
 * that set it (its raw status is shown), null when none changed anything.
 */
export function foldScans(
  start: StatusPoint,
  scans: readonly { status: ShipmentStatus | null; occurredAt: Date }[],
): StatusPoint & { scanIndex: number | null } {
  const ordered = scans
    .map((scan, index) => ({ scan, index }))
    .sort((a, b) => a.scan.occurredAt.getTime() - b.scan.occurredAt.getTime());
  let point: StatusPoint & { scanIndex: number | null } = { ...start, scanIndex: null };
  for (const { scan, index } of ordered) {
    if (!scan.status) continue;
    const next = { status: scan.status, at: scan.occurredAt };
    // A newer scan of the same status ("SHIPPED" then "IN TRANSIT") refreshes the raw status.
    const refresh =
      next.status === point.status && (!point.at || next.at.getTime() >= point.at.getTime());
    if (refresh || shouldApplyScan(point, next)) point = { ...next, scanIndex: index };
  }
  return point;
}

/** The courier's current status as applied: `stated` when its time came from the courier. */
export interface CurrentPoint extends StatusPoint {
  at: Date;
  stated: boolean;
}

/**
 * When the courier's current status happened: its own time, else the newest scan of the same
 * status (a poll answer states the status but not when it began), else now. "Now" serves the
 * shipment's statusAt only: it is never stored as a scan, and never refreshes a status the
 * shipment already has.
 */
export function currentStatusPoint(
  current: { status: ShipmentStatus; occurredAt: Date | null },
  scans: readonly { status: ShipmentStatus | null; occurredAt: Date }[],
  now: Date,
): CurrentPoint {
  if (current.occurredAt) return { status: current.status, at: current.occurredAt, stated: true };
  const agreeing = scans
    .filter((s) => s.status === current.status)
    .reduce<Date | null>(
      (newest, s) => (newest && newest > s.occurredAt ? newest : s.occurredAt),
      null,
    );
  return agreeing
    ? { status: current.status, at: agreeing, stated: true }
    : { status: current.status, at: now, stated: false };
}

/**
 * Where the courier's current status leaves the shipment, or null when it changes nothing: a
 * move under the same rules as a scan (forward only, the delivery loop by time), or for the
 * same status a newer stated time (so a late scan older than it cannot move the loop).
 */
export function settleCurrentStatus(start: StatusPoint, current: CurrentPoint): StatusPoint | null {
  const next = { status: current.status, at: current.at };
  if (current.status === start.status)
    return current.stated && (!start.at || current.at.getTime() > start.at.getTime()) ? next : null;
  return shouldApplyScan(start, next) ? next : null;
}

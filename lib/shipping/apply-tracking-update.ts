import type { TrackingScan, TrackingUpdate } from "@/lib/couriers/types";
import { db, type Tx } from "@/lib/db";
import type { CourierCode, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { emitShipmentStatusChanged } from "@/lib/events/emit-shipment-status-changed";
import { followReverseParcel } from "@/lib/returns/follow-reverse-parcel";
import { findTrackedShipment, type TrackedShipment } from "./find-tracked-shipment";
import { recordDeliveryPromise } from "./record-delivery-promise";
import { reportUnknownCourierStatus, unknownStatusesIn } from "./report-unknown-courier-status";
import { settleTrackingUpdate, type SettledTracking } from "./settle-tracking-update";
import { storeTrackingScans } from "./store-tracking-scans";
import { syncOrderWithShipment } from "./sync-order-with-shipment";

export type TrackingSource = "webhook" | "poll";

export interface ApplyTrackingUpdateInput {
  courier: CourierCode;
  update: TrackingUpdate;
  source: TrackingSource;
  /** when the next poll may ask about this shipment again */
  nextTrackAt?: Date | null;
}

export interface ApplyTrackingUpdateResult {
  /** false when no Packline shipment has (or had) this AWB */
  found: boolean;
  shipmentId: string | null;
  /** scans stored now; the rest were already known (same courier, AWB, raw status and time) */
  inserted: number;
  from: ShipmentStatus | null;
  status: ShipmentStatus | null;
  /** the AWB the update replaced: the courier re-created the booking (find-tracked-shipment) */
  recreatedFrom: string | null;
}

/**
 * Applies what a courier says about one parcel, from a webhook or a poll, in one short
 * transaction on the locked shipment row: re-creation under a new AWB, scans stored once as
 * history, the courier's current status moving the shipment (forward only, see
 * tracking-status-rank) with its raw words, remarks and place kept, unknown statuses reported
 * (report-unknown-courier-status), every change of the delivery promise kept, attempts and
 * charged weight, and delivery, RTO and NDR carried over to the order (a return's reverse parcel
 * moves its return request instead). A message about an
 * AWB the shipment had before a re-creation only adds history: the parcel speaks under its new
 * AWB now, and an old AWB's status (often "cancelled") must not move it.
 */
export async function applyTrackingUpdate(
  input: ApplyTrackingUpdateInput,
): Promise<ApplyTrackingUpdateResult> {
  return db.$transaction((tx) => applyTrackingUpdateInTx(tx, input), { timeout: 15_000 });
}

/** The same, in the caller's transaction (a webhook's updates and its outcome commit together). */
export async function applyTrackingUpdateInTx(
  tx: Tx,
  input: ApplyTrackingUpdateInput,
): Promise<ApplyTrackingUpdateResult> {
  const { courier, update, source } = input;
  const now = new Date();
  const match = await findTrackedShipment(tx, { courier, update, source, now });
  if (!match)
    return {
      found: false,
      shipmentId: null,
      inserted: 0,
      from: null,
      status: null,
      recreatedFrom: null,
    };
  const { shipment } = match;
  const oldAwb = match.via === "old-awb";
  const fresh = await storeTrackingScans(tx, {
    courier,
    awb: update.awb,
    shipmentId: shipment.id,
    scans: historyOf(update),
    source,
    awbReplacedAt: match.replacedAt,
  });
  const unknown = unknownStatusesIn({
    freshScans: fresh,
    current: oldAwb ? null : update.current,
    heldRawStatus: shipment.rawStatus,
  });
  for (const u of unknown)
    await reportUnknownCourierStatus(tx, {
      ...u,
      courier,
      awb: update.awb,
      orderId: shipment.orderId,
    });
  const result = {
    found: true,
    shipmentId: shipment.id,
    inserted: fresh.length,
    from: shipment.status,
    status: shipment.status,
    recreatedFrom: match.replacedAwb,
  };
  if (oldAwb) return result;

  const settled = settleTrackingUpdate(shipment, update, fresh, now);
  // A message older than the courier's word the shipment holds (a redelivered push) does not
  // move the promise back: the promise history would flip-flop with each late copy.
  const stated = isOlder(update, shipment) ? null : update.expectedDeliveryAt;
  await writeShipment(
    tx,
    shipment,
    { ...input, update: { ...update, expectedDeliveryAt: stated } },
    settled,
    now,
  );
  await recordDeliveryPromise(tx, {
    shipmentId: shipment.id,
    held: shipment.expectedDeliveryAt,
    heldSince: shipment.promisedSince,
    stated,
    source,
    now,
  });
  const status = settled.point?.status ?? shipment.status;
  // A return's parcel moves its return request, never the order (followReverseParcel).
  if (status !== shipment.status && shipment.direction === "REVERSE")
    await followReverseParcel(tx, shipment.id, status);
  else if (status !== shipment.status)
    await syncOrderWithShipment(tx, {
      orderId: shipment.orderId,
      direction: shipment.direction,
      status,
      awb: shipment.awb ?? update.awb,
      actor: { label: `courier:${courier.toLowerCase()} (${source})` },
    });
  if (status !== shipment.status)
    await emitShipmentStatusChanged(tx, shipment, status, shipment.awb ?? update.awb);
  return { ...result, status };
}

async function writeShipment(
  tx: Tx,
  shipment: TrackedShipment,
  input: ApplyTrackingUpdateInput,
  { point, statement }: SettledTracking,
  now: Date,
): Promise<void> {
  const { expectedDeliveryAt, deliveryAttempts, chargedWeightGrams } = input.update;
  await tx.shipment.update({
    where: { id: shipment.id },
    data: {
      lastTrackedAt: now,
      trackMisses: 0,
      ...(input.nextTrackAt !== undefined ? { nextTrackAt: input.nextTrackAt } : {}),
      ...(expectedDeliveryAt && !Number.isNaN(expectedDeliveryAt.getTime())
        ? { expectedDeliveryAt }
        : {}),
      // Attempts only grow: a late message counting fewer does not undo one.
      ...(deliveryAttempts !== null && deliveryAttempts > (shipment.deliveryAttempts ?? -1)
        ? { deliveryAttempts }
        : {}),
      ...(chargedWeightGrams !== null ? { chargedWeightGrams } : {}),
      ...(statement
        ? {
            rawStatus: statement.rawStatus.slice(0, 500),
            rawStatusCode: statement.rawStatusCode?.slice(0, 100) ?? null,
            courierRemarks: statement.courierRemarks?.slice(0, 1000) ?? null,
            courierLocation: statement.courierLocation?.slice(0, 300) ?? null,
            courierStatusAt: statement.courierStatusAt,
          }
        : {}),
      ...(point
        ? {
            status: point.status,
            statusAt: point.at,
            ...(point.status === "DELIVERED" && point.status !== shipment.status
              ? { deliveredAt: point.at }
              : {}),
          }
        : {}),
    },
    select: { id: true },
  });
}

/**
 * The scans to keep as history. A message that states a status at a time of the courier's own
 * and carries no scans (a Shiprocket push without its `scans` list) has that statement as its
 * only trace, so it is kept as one; otherwise the scans say it already. A status without a time
 * is never stored: it would need an invented one.
 */
function historyOf(update: TrackingUpdate): TrackingScan[] {
  const current = update.current;
  if (update.scans.length || !current?.occurredAt) return update.scans;
  return [{ ...current, occurredAt: current.occurredAt, statusCoded: true }];
}

function isOlder(update: TrackingUpdate, shipment: TrackedShipment): boolean {
  const at = update.current?.occurredAt;
  return !!at && !!shipment.courierStatusAt && at < shipment.courierStatusAt;
}

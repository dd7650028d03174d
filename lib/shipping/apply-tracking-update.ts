import type { TrackingScan, TrackingUpdate } from "@/lib/couriers/types";
import { db, type Tx } from "@/lib/db";
import type { CourierCode, ShipmentDirection, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { reportUnknownCourierStatus } from "./report-unknown-courier-status";
import { syncOrderWithShipment } from "./sync-order-with-shipment";
import { foldScans } from "./tracking-status-rank";

export type TrackingSource = "webhook" | "poll";

export interface ApplyTrackingUpdateInput {
  courier: CourierCode;
  update: TrackingUpdate;
  source: TrackingSource;
  /** when the next poll may ask about this shipment again */
  nextTrackAt?: Date | null;
}

export interface ApplyTrackingUpdateResult {
  /** false when no Packline shipment has this AWB */
  found: boolean;
  shipmentId: string | null;
  /** scans stored now; the rest were already known (same courier, AWB, raw status and time) */
  inserted: number;
  from: ShipmentStatus | null;
  status: ShipmentStatus | null;
}

/** courier + AWB + raw status + time: the same scan from a webhook and from a poll is one row. */
export function trackingDedupeKey(courier: CourierCode, awb: string, scan: TrackingScan): string {
  return `${courier}:${awb}:${scan.rawStatus.trim().toUpperCase()}:${scan.occurredAt.toISOString()}`;
}

interface LockedShipment {
  id: string;
  orderId: string;
  direction: ShipmentDirection;
  status: ShipmentStatus;
  statusAt: Date | null;
}

/**
 * Applies a courier's scans for one AWB, from a webhook or a poll, in one short transaction:
 * stores each scan once, moves the shipment's status only forward (see tracking-status-rank),
 * reports unknown courier statuses, and carries delivery, return and NDR over to the order.
 * The shipment row is locked first, so a webhook and a poll of the same AWB run one after the
 * other and the second sees the first's result.
 */
export async function applyTrackingUpdate(
  input: ApplyTrackingUpdateInput,
): Promise<ApplyTrackingUpdateResult> {
  return db.$transaction((tx) => applyInTx(tx, input), { timeout: 15_000 });
}

async function applyInTx(
  tx: Tx,
  input: ApplyTrackingUpdateInput,
): Promise<ApplyTrackingUpdateResult> {
  const { awb, scans: sent, expectedDeliveryAt } = input.update;
  // Only a shipment booked with this courier: one courier's webhook never moves another's parcel.
  const [shipment] = await tx.$queryRaw<LockedShipment[]>`
    SELECT s.id, s."orderId", s.direction, s.status, s."statusAt"
    FROM "Shipment" s JOIN "CourierAccount" a ON a.id = s."courierAccountId"
    WHERE s.awb = ${awb} AND a.courier::text = ${input.courier}
    FOR UPDATE OF s`;
  if (!shipment) return { found: false, shipmentId: null, inserted: 0, from: null, status: null };

  const keyed = sent
    .filter((s) => !Number.isNaN(s.occurredAt.getTime()))
    .map((s) => ({ ...s, dedupeKey: trackingDedupeKey(input.courier, awb, s) }));
  const inserted = keyed.length
    ? await tx.trackingEvent.createManyAndReturn({
        data: keyed.map((s) => ({
          shipmentId: shipment.id,
          status: s.status,
          rawStatus: s.rawStatus.slice(0, 500),
          rawCode: s.rawCode?.slice(0, 100) ?? null,
          location: s.location?.slice(0, 300) ?? null,
          remarks: s.remarks?.slice(0, 1000) ?? null,
          occurredAt: s.occurredAt,
          source: input.source,
          dedupeKey: s.dedupeKey,
        })),
        skipDuplicates: true,
        select: { status: true, rawStatus: true, rawCode: true, dedupeKey: true },
      })
    : [];
  for (const unknown of inserted.filter((e) => e.status === null))
    await reportUnknownCourierStatus(tx, {
      courier: input.courier,
      awb,
      rawStatus: unknown.rawStatus,
      rawCode: unknown.rawCode,
      orderId: shipment.orderId,
    });

  // Only scans stored now can move the status: one already stored was applied when it came,
  // so a late repeat of it (a webhook after the poll saw the same scan) changes nothing.
  const fresh = new Set(inserted.map((e) => e.dedupeKey));
  const scans = keyed.filter((s) => fresh.has(s.dedupeKey));
  const end = foldScans({ status: shipment.status, at: shipment.statusAt }, scans);
  const moved = end.scanIndex === null ? null : scans[end.scanIndex]!;
  const now = new Date();
  await tx.shipment.update({
    where: { id: shipment.id },
    data: {
      lastTrackedAt: now,
      trackMisses: 0,
      ...(input.nextTrackAt !== undefined ? { nextTrackAt: input.nextTrackAt } : {}),
      ...(expectedDeliveryAt ? { expectedDeliveryAt } : {}),
      ...(moved
        ? {
            status: end.status,
            statusAt: end.at,
            rawStatus: moved.rawStatus.slice(0, 500),
            rawStatusCode: moved.rawCode?.slice(0, 100) ?? null,
            ...(end.status === "DELIVERED" ? { deliveredAt: end.at } : {}),
          }
        : {}),
    },
    select: { id: true },
  });
  if (end.status !== shipment.status)
    await syncOrderWithShipment(tx, {
      orderId: shipment.orderId,
      direction: shipment.direction,
      status: end.status,
      awb,
      actor: { label: `courier:${input.courier.toLowerCase()} (${input.source})` },
    });
  return {
    found: true,
    shipmentId: shipment.id,
    inserted: inserted.length,
    from: shipment.status,
    status: end.status,
  };
}

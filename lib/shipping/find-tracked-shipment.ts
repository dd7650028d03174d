import type { TrackingUpdate } from "@/lib/couriers/types";
import type { Tx } from "@/lib/db";
import type { CourierCode, ShipmentDirection, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";

export interface TrackedShipment {
  id: string;
  orderId: string;
  direction: ShipmentDirection;
  status: ShipmentStatus;
  statusAt: Date | null;
  awb: string | null;
  rawStatus: string | null;
  courierStatusAt: Date | null;
  deliveryAttempts: number | null;
  expectedDeliveryAt: Date | null;
  promisedSince: Date;
}

export interface ShipmentMatch {
  shipment: TrackedShipment;
  /**
   * "awb": the update is about the shipment's AWB; "recreated": the courier re-created the
   * booking and the shipment now has the update's AWB; "old-awb": the update is about an AWB the
   * shipment had before a re-creation (a late push), history only.
   */
  via: "awb" | "recreated" | "old-awb";
  /** for "old-awb": when the courier replaced that AWB */
  replacedAt: Date | null;
  /** for "recreated": the AWB the update's replaced */
  replacedAwb: string | null;
}

export interface FindTrackedShipmentInput {
  courier: CourierCode;
  update: TrackingUpdate;
  source: string;
  now: Date;
}

/**
 * The live shipment whose courier order reference the update names, under another AWB: the
 * courier re-created that booking (Ekart's shipment_recreated names the new AWB and the order,
 * never the AWB it replaces). Two live shipments with one reference are not guessed between.
 */
async function recreatedShipmentId(
  tx: Tx,
  courier: CourierCode,
  update: TrackingUpdate,
): Promise<string | null> {
  if (!update.courierOrderRef) return null;
  const rows = await tx.shipment.findMany({
    where: {
      courierAccount: { courier },
      courierOrderRef: update.courierOrderRef,
      awb: { not: null },
      NOT: [{ awb: update.awb }, { status: "CANCELLED" }],
    },
    select: { id: true },
    take: 2,
  });
  if (rows.length > 1)
    log.warn("a re-created booking names an order reference two shipments share; not applied", {
      courier,
      awb: update.awb,
      courierOrderRef: update.courierOrderRef,
    });
  return rows.length === 1 ? rows[0]!.id : null;
}

/** A shipment booked with this courier that has, or had before a re-creation, this AWB. */
async function shipmentIdFor(tx: Tx, courier: CourierCode, awb: string): Promise<string | null> {
  const row = await tx.shipment.findFirst({
    where: { courierAccount: { courier }, OR: [{ awb }, { awbAliases: { some: { awb } } }] },
    select: { id: true },
  });
  return row?.id ?? null;
}

/**
 * Finds and locks the shipment an update is about, in the tracking transaction. Only a shipment
 * booked with this courier: one courier's webhook never moves another's parcel. The row is
 * locked by id and read after the lock, so a webhook and a poll of the same parcel run one after
 * the other and the second sees the first's AWB and status.
 *
 * An update under an AWB Packline does not know, naming the courier order reference of a live
 * shipment with another AWB, is a re-creation: that shipment takes the new AWB (the old is kept as an alias, so late pushes
 * and look-ups of it still find the parcel), keeps its order and history, and gets a tracking
 * event saying so. A repeat of the same re-creation finds the shipment by its new AWB.
 */
export async function findTrackedShipment(
  tx: Tx,
  input: FindTrackedShipmentInput,
): Promise<ShipmentMatch | null> {
  const { courier, update } = input;
  const byAwb = await shipmentIdFor(tx, courier, update.awb);
  const id = byAwb ?? (await recreatedShipmentId(tx, courier, update));
  if (!id) return null;
  const [shipment] = await tx.$queryRaw<TrackedShipment[]>`
    SELECT id, "orderId", direction, status, "statusAt", awb, "rawStatus", "courierStatusAt",
      "deliveryAttempts", "expectedDeliveryAt", coalesce("bookedAt", "createdAt") AS "promisedSince"
    FROM "Shipment" WHERE id = ${id} FOR UPDATE`;
  if (!shipment) return null;
  if (shipment.awb === update.awb)
    return { shipment, via: "awb", replacedAt: null, replacedAwb: null };
  if (byAwb || !shipment.awb) {
    const alias = await tx.shipmentAwbAlias.findUnique({
      where: { awb: update.awb },
      select: { replacedAt: true },
    });
    return { shipment, via: "old-awb", replacedAt: alias?.replacedAt ?? null, replacedAwb: null };
  }
  await recordRecreation(tx, { ...input, shipmentId: id, oldAwb: shipment.awb });
  return {
    shipment: { ...shipment, awb: update.awb },
    via: "recreated",
    replacedAt: null,
    replacedAwb: shipment.awb,
  };
}

async function recordRecreation(
  tx: Tx,
  input: FindTrackedShipmentInput & { shipmentId: string; oldAwb: string },
): Promise<void> {
  const { shipmentId, oldAwb, now } = input;
  const newAwb = input.update.awb;
  await tx.shipmentAwbAlias.createMany({
    data: [{ shipmentId, awb: oldAwb, replacedBy: newAwb, replacedAt: now }],
    skipDuplicates: true,
  });
  // The new AWB is asked about at the next poll, whatever back-off the old one had earned.
  await tx.shipment.update({
    where: { id: shipmentId },
    data: { awb: newAwb, nextTrackAt: null, trackMisses: 0 },
    select: { id: true },
  });
  await tx.trackingEvent.createMany({
    data: [
      {
        shipmentId,
        kind: "RECREATED",
        status: null,
        statusCoded: false,
        rawStatus: `Re-created under new tracking id ${newAwb}`.slice(0, 500),
        remarks: `${input.courier} replaced tracking id ${oldAwb} by ${newAwb} for the same parcel`,
        // Packline's own record of when it learned of the re-creation, not a courier scan.
        occurredAt: now,
        source: input.source,
        dedupeKey: `${input.courier}:${oldAwb}:RECREATED:${newAwb}`,
      },
    ],
    skipDuplicates: true,
  });
  log.info("courier re-created a booking under a new AWB", {
    courier: input.courier,
    shipmentId,
    oldAwb,
    newAwb,
  });
}

import { getCourierForAccount } from "@/lib/couriers/registry";
import type { PickupResult } from "@/lib/couriers/types";
import { db, type Tx } from "@/lib/db";
import { emitShipmentStatusChanged } from "@/lib/events/emit-shipment-status-changed";
import type { CourierCode, Prisma } from "@/lib/generated/prisma/client";
import { registeredLocationName } from "@/lib/dispatch/locations/registered-location-name";
import { AppError } from "@/lib/errors/app-error";
import { permanentCourierFailure } from "./courier-step-error";
import { ACCOUNT_LOCATION_KEY } from "./parcel-location";
import type { HandoverForManifest } from "./handover-parcels";

/**
 * Couriers for which a pickup request is a state of each parcel: Shiprocket moves every shipment
 * of the request to PICKUP SCHEDULED. Ekart's dispatch date and Delhivery's warehouse pickup
 * request are about the warehouse, and their tracking says when a parcel is scheduled.
 */
const PICKUP_MOVES_PARCELS: Record<CourierCode, boolean> = {
  SHIPROCKET: true,
  EKART: false,
  DELHIVERY: false,
};

/**
 * Asks the courier to collect the handover's parcels on the date the dock chose. Outside any
 * transaction; the answer is recorded only while this request is still the REQUESTED one (same
 * pickupRequestedAt), so a late run of an older request never overwrites a newer one.
 */
export async function scheduleHandoverPickup(handover: HandoverForManifest): Promise<void> {
  if (handover.pickupStatus !== "REQUESTED" || !handover.pickupDate) return;
  let answer: PickupResult | null = null;
  let failure: string | null = null;
  try {
    const courier = await getCourierForAccount(handover.courierAccountId);
    answer = await courier.schedulePickup({
      awbs: handover.parcels.map((p) => p.awb),
      pickupDate: handover.pickupDate,
      pickupTime: handover.pickupSlot?.slice(0, 5) ?? null,
      locationName: await courierLocationName(handover),
      expectedPackageCount: handover.parcels.length,
    });
  } catch (error) {
    // a location the courier no longer accepts is the dock's to read, like a courier refusal
    failure = error instanceof AppError ? error.message : permanentCourierFailure(error);
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.handover.updateMany({
      where: {
        id: handover.id,
        pickupStatus: "REQUESTED",
        pickupRequestedAt: handover.pickupRequestedAt,
      },
      data: answer
        ? {
            pickupStatus: "SCHEDULED",
            pickupScheduledFor: answer.scheduledFor,
            pickupToken: answer.pickupToken,
            pickupAnswer: (answer.raw ?? null) as Prisma.InputJsonValue,
            pickupError: null,
          }
        : { pickupStatus: "FAILED", pickupError: failure },
    });
    if (count === 1 && answer) await markParcels(tx, handover, answer);
  });
}

async function markParcels(
  tx: Tx,
  handover: HandoverForManifest,
  answer: PickupResult,
): Promise<void> {
  const ids = handover.parcels.map((p) => p.shipmentId);
  await tx.shipment.updateMany({
    where: { id: { in: ids } },
    data: { pickupScheduledFor: answer.scheduledFor, pickupToken: answer.pickupToken },
  });
  if (!PICKUP_MOVES_PARCELS[handover.courier]) return;
  const booked = await tx.shipment.findMany({
    where: { id: { in: ids }, status: "BOOKED" },
    select: { id: true, orderId: true, direction: true, status: true, awb: true },
  });
  for (const shipment of booked) {
    // conditional: tracking may have moved the parcel on since it was read
    const { count } = await tx.shipment.updateMany({
      where: { id: shipment.id, status: "BOOKED" },
      data: { status: "PICKUP_SCHEDULED" },
    });
    if (count === 1)
      await emitShipmentStatusChanged(tx, shipment, "PICKUP_SCHEDULED", shipment.awb ?? "");
  }
}

/** The courier's own name for where it collects: what it registered, for a pickup location. */
async function courierLocationName(handover: HandoverForManifest): Promise<string> {
  if (handover.locationKey === ACCOUNT_LOCATION_KEY) return handover.locationName;
  return registeredLocationName({
    location: { id: handover.locationKey, name: handover.locationName },
    account: { id: handover.courierAccountId, name: handover.courierAccountName },
  });
}

import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { PickupLocationBody } from "@/lib/validation/pickup-location";
import { getPickupLocation } from "./get-pickup-location";
import type { PickupLocationAddress, PickupLocationView } from "./location-view";
import {
  changesRegisteredAddress,
  duplicateName,
  locationData,
  locationMissing,
  nameTaken,
} from "./location-rules";
import { queueRegistrations } from "./queue-registrations";

export interface UpdatePickupLocationOptions {
  locationId: string;
  input: PickupLocationBody;
  actorId: string;
}

/**
 * Saves an edited location. An edit the couriers would see (name, address, contact) makes every
 * registration stale: the address gets a new version, each registration a new PENDING attempt
 * under the new version's name, and the jobs that register it are queued, all in the same
 * transaction. Until a courier answers, bookings with it from this location are refused rather
 * than sent from the old address. Opening hours and GSTIN stay Packline's own.
 */
export async function updatePickupLocation({
  locationId,
  input,
  actorId,
}: UpdatePickupLocationOptions): Promise<PickupLocationView> {
  await db
    .$transaction(async (tx) => {
      const [before] = await tx.$queryRaw<
        Omit<PickupLocationAddress, "gstin">[]
      >`SELECT name, line1, line2, city, state, pincode, "contactName", "contactPhone", "contactEmail"
        FROM "PickupLocation" WHERE id = ${locationId} FOR UPDATE`;
      if (!before) throw locationMissing();
      const taken = await tx.pickupLocation.findFirst({
        where: { name: { equals: input.name, mode: "insensitive" }, id: { not: locationId } },
        select: { id: true },
      });
      if (taken) throw duplicateName(input.name);
      const stale = changesRegisteredAddress(before, input);
      await tx.pickupLocation.update({
        where: { id: locationId },
        data: { ...locationData(input), ...(stale ? { addressVersion: { increment: 1 } } : {}) },
        select: { id: true },
      });
      const registered = await tx.pickupLocationRegistration.findMany({
        where: { pickupLocationId: locationId },
        select: { courierAccountId: true },
      });
      const reregistered = stale
        ? await queueRegistrations(
            tx,
            locationId,
            registered.map((r) => r.courierAccountId),
          )
        : 0;
      await recordAudit(tx, {
        actorId,
        action: "pickup-location.update",
        entityType: "PickupLocation",
        entityId: locationId,
        details: { name: input.name, pincode: input.pincode, addressChanged: stale, reregistered },
      });
    })
    .catch((error: unknown) => {
      throw nameTaken(error, input.name);
    });
  return getPickupLocation(locationId);
}

import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { PickupLocationBody } from "@/lib/validation/pickup-location";
import { getPickupLocation } from "./get-pickup-location";
import type { PickupLocationView } from "./location-view";
import { duplicateName, locationData, nameTaken } from "./location-rules";
import { queueRegistrations } from "./queue-registrations";

export interface CreatePickupLocationOptions {
  input: PickupLocationBody;
  actorId: string;
}

/**
 * Adds a pickup location and queues its registration with every active courier account, in one
 * transaction. The first location becomes the default (the database insists there is one).
 */
export async function createPickupLocation({
  input,
  actorId,
}: CreatePickupLocationOptions): Promise<PickupLocationView> {
  const id = await db
    .$transaction(async (tx) => {
      const taken = await tx.pickupLocation.findFirst({
        where: { name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (taken) throw duplicateName(input.name);
      const first = (await tx.pickupLocation.count()) === 0;
      const location = await tx.pickupLocation.create({
        data: { ...locationData(input), isDefault: first },
        select: { id: true },
      });
      const couriers = await queueRegistrations(tx, location.id);
      await recordAudit(tx, {
        actorId,
        action: "pickup-location.create",
        entityType: "PickupLocation",
        entityId: location.id,
        details: { name: input.name, pincode: input.pincode, couriers },
      });
      return location.id;
    })
    .catch((error: unknown) => {
      throw nameTaken(error, input.name);
    });
  return getPickupLocation(id);
}

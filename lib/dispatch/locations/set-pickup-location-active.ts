import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { locationMissing } from "./location-rules";

/**
 * Activates or deactivates a location. The default cannot be deactivated (a check constraint
 * says so too): another location must become the default first, so there is always one to ship
 * from. Rules pointing at a deactivated location are skipped by choose-pickup-location.ts.
 */
export async function setPickupLocationActive(options: {
  locationId: string;
  active: boolean;
  actorId: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const location = await tx.pickupLocation.findUnique({
      where: { id: options.locationId },
      select: { isDefault: true, name: true },
    });
    if (!location) throw locationMissing();
    if (!options.active && location.isDefault)
      throw new AppError(
        "ILLEGAL_TRANSITION",
        `${location.name} is the default pickup location; make another location the default before deactivating it.`,
      );
    await tx.pickupLocation.update({
      where: { id: options.locationId },
      data: { active: options.active },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: options.active ? "pickup-location.activate" : "pickup-location.deactivate",
      entityType: "PickupLocation",
      entityId: options.locationId,
      details: { name: location.name },
    });
  });
}

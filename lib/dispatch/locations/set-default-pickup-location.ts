import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { locationMissing } from "./location-rules";

/**
 * Makes a location the default: the old default is cleared first and the new one set in the
 * same transaction (the partial unique index allows one default at a time; the deferred trigger
 * checks at commit that one exists). Concurrent changes queue on the table lock.
 */
export async function setDefaultPickupLocation(options: {
  locationId: string;
  actorId: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "PickupLocation" IN SHARE ROW EXCLUSIVE MODE`;
    const location = await tx.pickupLocation.findUnique({
      where: { id: options.locationId },
      select: { active: true, name: true, isDefault: true },
    });
    if (!location) throw locationMissing();
    if (location.isDefault) return;
    if (!location.active)
      throw new AppError(
        "ILLEGAL_TRANSITION",
        `${location.name} is deactivated; activate it before making it the default.`,
      );
    await tx.pickupLocation.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
    await tx.pickupLocation.update({
      where: { id: options.locationId },
      data: { isDefault: true },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "pickup-location.default",
      entityType: "PickupLocation",
      entityId: options.locationId,
      details: { name: location.name },
    });
  });
}

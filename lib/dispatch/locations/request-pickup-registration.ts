import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { locationMissing } from "./location-rules";
import { queueRegistrations } from "./queue-registrations";

/**
 * "Register again" on the admin screen: a new attempt with one courier account, queued for the
 * worker. A registration the courier accepted is not sent again (the courier would refuse the
 * name it already holds); one queued and not yet tried is not doubled.
 */
export async function requestPickupRegistration(options: {
  locationId: string;
  courierAccountId: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const [location] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "PickupLocation" WHERE id = ${options.locationId} FOR UPDATE`;
    if (!location) throw locationMissing();
    const account = await tx.courierAccount.findUnique({
      where: { id: options.courierAccountId },
      select: { name: true },
    });
    if (!account) throw new AppError("NOT_FOUND", "That courier account does not exist.");
    const current = await tx.pickupLocationRegistration.findUnique({
      where: {
        pickupLocationId_courierAccountId: {
          pickupLocationId: options.locationId,
          courierAccountId: options.courierAccountId,
        },
      },
      select: { status: true, courierLocationName: true, answer: true },
    });
    if (current?.status === "REGISTERED")
      throw new AppError(
        "CONFLICT",
        `${account.name} has already registered this location as "${current.courierLocationName}".`,
      );
    // a PENDING row with an answer is a courier that did not answer; a new attempt supersedes it
    if (current?.status === "PENDING" && current.answer === null)
      throw new AppError(
        "CONFLICT",
        `The registration with ${account.name} is still waiting for the courier's answer.`,
      );
    await queueRegistrations(tx, options.locationId, [options.courierAccountId]);
  });
}

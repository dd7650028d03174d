import type { Tx } from "@/lib/db";
import { REGISTER_PICKUP_LOCATION_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { courierLocationName } from "./courier-location-name";

/**
 * Marks a location's registration with each given courier account (every active one unless
 * told) as a new attempt, PENDING, under the name of its current address version, and queues
 * the job that asks the courier, in the caller's transaction: the job exists if and only if the
 * change that needs it commits. The attempt number goes with the job, so an answer to an older
 * attempt is never recorded over a newer one (register-pickup-location.ts).
 */
export async function queueRegistrations(
  tx: Tx,
  locationId: string,
  accountIds?: string[],
): Promise<number> {
  const location = await tx.pickupLocation.findUniqueOrThrow({
    where: { id: locationId },
    select: { name: true, addressVersion: true },
  });
  const accounts = await tx.courierAccount.findMany({
    where: accountIds ? { id: { in: accountIds } } : { active: true },
    select: { id: true },
  });
  const name = courierLocationName(location.name, location.addressVersion);
  const fresh = { status: "PENDING" as const, courierLocationName: name, answer: null };
  for (const account of accounts) {
    const registration = await tx.pickupLocationRegistration.upsert({
      where: {
        pickupLocationId_courierAccountId: {
          pickupLocationId: locationId,
          courierAccountId: account.id,
        },
      },
      create: { pickupLocationId: locationId, courierAccountId: account.id, ...fresh },
      update: {
        ...fresh,
        attempt: { increment: 1 },
        courierLocationId: null,
        answeredAt: null,
      },
      select: { id: true, attempt: true },
    });
    await sendJob(
      REGISTER_PICKUP_LOCATION_JOB,
      { registrationId: registration.id, attempt: registration.attempt },
      { tx },
    );
  }
  return accounts.length;
}

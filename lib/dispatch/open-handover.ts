import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { ACCOUNT_LOCATION_KEY, parcelLocation } from "./parcel-location";
import { isUniqueViolation } from "./unique-violation";

export interface OpenedHandover {
  id: string;
  courierAccountId: string;
  locationKey: string;
}

/**
 * The open handover of a courier account at a location, opened if there is none. Two tablets
 * opening it at once meet at the partial unique index (one OPEN per account and location): the
 * loser reads the winner's, so both scan into the same handover.
 */
export async function openHandover(input: {
  courierAccountId: string;
  locationKey: string;
}): Promise<OpenedHandover> {
  const where = { ...input, status: "OPEN" as const };
  const select = { id: true, courierAccountId: true, locationKey: true };
  const open = await db.handover.findFirst({ where, select });
  if (open) return open;
  const account = await db.courierAccount.findUnique({
    where: { id: input.courierAccountId },
    select: { pickupLocationName: true },
  });
  if (!account) throw notFound("The courier account");
  const pickupLocation =
    input.locationKey === ACCOUNT_LOCATION_KEY
      ? null
      : await db.pickupLocation.findUnique({
          where: { id: input.locationKey },
          select: { id: true, name: true },
        });
  if (input.locationKey !== ACCOUNT_LOCATION_KEY && !pickupLocation)
    throw new AppError("VALIDATION", "There is no such pickup location.", {
      fieldErrors: { locationKey: ["Not a pickup location"] },
    });
  const location = parcelLocation({ pickupLocation, courierAccount: account });
  try {
    return await db.handover.create({
      data: { ...input, locationName: location.name },
      select,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.handover.findFirstOrThrow({ where, select });
  }
}

import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parcelLocation, parcelLocationSelect } from "./parcel-location";
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
    select: { active: true, ...parcelLocationSelect.courierAccount.select },
  });
  if (!account) throw notFound("The courier account");
  const location = parcelLocation({ courierAccount: account });
  if (location.key !== input.locationKey)
    throw new AppError("VALIDATION", `This courier account does not collect from that location.`, {
      fieldErrors: { locationKey: ["Not a pickup location of this courier account"] },
    });
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

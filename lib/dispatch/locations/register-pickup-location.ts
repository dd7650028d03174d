import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import type { PickupRegistrationStatus } from "@/lib/generated/prisma/enums";
import type { OpeningHours } from "@/lib/validation/pickup-location";

export interface RegisterPickupLocationOptions {
  registrationId: string;
  /** the attempt the job was queued for; a newer attempt makes this one moot */
  attempt: number;
}

export type RegistrationOutcome = PickupRegistrationStatus | "SUPERSEDED";

/**
 * Asks the courier to register a location (the worker's job, never a request's): reads the
 * registration and the location, calls the courier outside any transaction, and records the
 * courier's answer only while the registration is still at this attempt and PENDING, so an
 * address edit or a "register again" made meanwhile wins. A refusal is FAILED with the
 * courier's words; a transient failure (network, 5xx, 429) keeps it PENDING with the reason and
 * throws, so the queue retries it.
 */
export async function registerPickupLocation(
  options: RegisterPickupLocationOptions,
): Promise<RegistrationOutcome> {
  const row = await db.pickupLocationRegistration.findUnique({
    where: { id: options.registrationId },
    select: {
      attempt: true,
      status: true,
      courierLocationName: true,
      courierAccountId: true,
      pickupLocation: {
        select: {
          line1: true,
          line2: true,
          city: true,
          state: true,
          pincode: true,
          contactName: true,
          contactPhone: true,
          contactEmail: true,
          gstin: true,
          openingHours: true,
        },
      },
    },
  });
  if (!row || row.attempt !== options.attempt || row.status !== "PENDING") return "SUPERSEDED";
  const l = row.pickupLocation;
  const record = async (data: {
    status: PickupRegistrationStatus;
    answer: string;
    courierLocationName?: string;
    courierLocationId?: string | null;
  }): Promise<RegistrationOutcome> => {
    const { count } = await db.pickupLocationRegistration.updateMany({
      where: { id: options.registrationId, attempt: options.attempt, status: "PENDING" },
      data: { ...data, answeredAt: new Date() },
    });
    return count === 1 ? data.status : "SUPERSEDED";
  };
  try {
    const courier = await getCourierForAccount(row.courierAccountId);
    const registered = await courier.registerPickupLocation({
      name: row.courierLocationName,
      address: {
        name: l.contactName,
        phone: l.contactPhone,
        email: l.contactEmail,
        line1: l.line1,
        line2: l.line2,
        city: l.city,
        state: l.state,
        pincode: l.pincode,
        country: "IN",
        gstin: l.gstin,
      },
      openingHours: l.openingHours as OpeningHours,
    });
    return record({
      status: "REGISTERED",
      answer: registered.message,
      courierLocationName: registered.courierLocationName,
      courierLocationId: registered.courierLocationId,
    });
  } catch (error) {
    const answer = error instanceof Error ? error.message : String(error);
    if (error instanceof CourierError && error.retryable) {
      await db.pickupLocationRegistration.updateMany({
        where: { id: options.registrationId, attempt: options.attempt, status: "PENDING" },
        data: { answer: `Not answered yet, will retry: ${answer}`, answeredAt: new Date() },
      });
      throw error;
    }
    return record({ status: "FAILED", answer });
  }
}

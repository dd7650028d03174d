import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { PickupLocationBody } from "@/lib/validation/pickup-location";

/** Another location holds this name (checked first; the unique index catches a race). */
export function nameTaken(error: unknown, name: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" ? duplicateName(name) : error;
}

export function duplicateName(name: string): AppError {
  return new AppError("CONFLICT", `Another pickup location is already named "${name}".`, {
    fieldErrors: { name: ["Another location has this name"] },
  });
}

export const locationMissing = () =>
  new AppError("NOT_FOUND", "That pickup location does not exist.");

/** The columns of the body as stored. */
export function locationData(body: PickupLocationBody) {
  return {
    name: body.name,
    line1: body.line1,
    line2: body.line2,
    city: body.city,
    state: body.state,
    pincode: body.pincode,
    contactName: body.contactName,
    contactPhone: body.contactPhone,
    contactEmail: body.contactEmail,
    gstin: body.gstin,
    openingHours: body.openingHours as Prisma.InputJsonObject,
  };
}

/** What the couriers hold: a change to any of these needs every registration made again. */
const REGISTERED_FIELDS = [
  "name",
  "line1",
  "line2",
  "city",
  "state",
  "pincode",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const;

export function changesRegisteredAddress(
  before: Record<(typeof REGISTERED_FIELDS)[number], string | null>,
  after: PickupLocationBody,
): boolean {
  return REGISTERED_FIELDS.some((f) => (before[f] ?? null) !== (after[f] ?? null));
}

import type { RegistrationView } from "./registration-view";
import type { PickupRegistrationStatus } from "@/lib/generated/prisma/enums";
import type { OpeningHours } from "@/lib/validation/pickup-location";

/** The columns a pickup location is read with, everywhere it is read. */
export const locationSelect = {
  id: true,
  name: true,
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
  active: true,
  isDefault: true,
  addressVersion: true,
} as const;

/** A pickup location's address and contact: what a booking from it and the admin's form carry. */
export interface PickupLocationAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  pincode: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  gstin: string | null;
}

export interface PickupLocationView extends PickupLocationAddress {
  id: string;
  openingHours: OpeningHours;
  active: boolean;
  isDefault: boolean;
  addressVersion: number;
  /** one per active courier account, registered or not */
  registrations: RegistrationView[];
}

export type { PickupRegistrationStatus };

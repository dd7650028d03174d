import type { CourierCode, PickupRegistrationStatus } from "@/lib/generated/prisma/enums";

export const registrationSelect = {
  courierAccountId: true,
  status: true,
  courierLocationName: true,
  courierLocationId: true,
  answer: true,
  answeredAt: true,
  attempt: true,
} as const;

/** A location's standing with one courier account; NOT_REGISTERED when it was never asked. */
export interface RegistrationView {
  courierAccountId: string;
  courier: CourierCode;
  accountName: string;
  status: PickupRegistrationStatus | "NOT_REGISTERED";
  courierLocationName: string | null;
  courierLocationId: string | null;
  answer: string | null;
  answeredAt: Date | null;
}

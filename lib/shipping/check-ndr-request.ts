import { DELHIVERY_ADDRESS_MAX } from "@/lib/couriers/delhivery/mapper";
import { EKART_ADDRESS_MAX } from "@/lib/couriers/ekart/mapper";
import { limits as shiprocketLimits } from "@/lib/couriers/shiprocket/validate";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";

// The checks of an NDR request that depend on today or on the courier: a courier that refuses
// the re-attempt after ops typed it costs the customer another day, so bad input stops here.

const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;
/** Ekart's rule, the strictest of the three: "within seven days of the current day, excluding today". */
export const REATTEMPT_MAX_DAYS = 7;

/** Today's date in India, YYYY-MM-DD. */
export function istToday(now: Date): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The re-attempt days ops may pick: tomorrow to a week ahead, in IST. */
export function reattemptWindow(now: Date): { first: string; last: string } {
  const today = istToday(now);
  return { first: addDays(today, 1), last: addDays(today, REATTEMPT_MAX_DAYS) };
}

/** Why the date cannot be the re-attempt day, or null when it can. */
export function reattemptDateProblem(date: string, now: Date): string | null {
  const { first, last } = reattemptWindow(now);
  const valid = !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && addDays(date, 0) === date;
  if (valid && date >= first && date <= last) return null;
  return `Choose a day from ${first} to ${last} (tomorrow to ${REATTEMPT_MAX_DAYS} days ahead, India time).`;
}

export interface NdrAddress {
  addressLine1?: string;
  addressLine2?: string;
  landmark?: string;
}

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(", ");

/**
 * A corrected address has to fit the courier's NDR fields: Shiprocket takes two lines of 190
 * characters (street; area and landmark), Delhivery and Ekart one address field.
 */
export function ndrAddressProblems(courier: CourierCode, address: NdrAddress): FieldErrors {
  const errors: FieldErrors = {};
  const tooLong = (field: string, length: number, max: number, what: string) => {
    if (length > max)
      errors[field] = [
        `${what} is ${length} characters; ${courier.toLowerCase()} accepts at most ${max}. Shorten it.`,
      ];
  };
  const { addressLine1: line1, addressLine2: line2, landmark } = address;
  if (courier === "SHIPROCKET") {
    const max = shiprocketLimits.addressChars;
    tooLong("addressLine1", line1?.length ?? 0, max, "House and street");
    const second = joined(line2, landmark && `Near ${landmark}`);
    tooLong(line2 ? "addressLine2" : "landmark", second.length, max, "Area with landmark");
    return errors;
  }
  const max = courier === "DELHIVERY" ? DELHIVERY_ADDRESS_MAX : EKART_ADDRESS_MAX;
  tooLong("addressLine1", joined(line1, line2, landmark).length, max, "The whole address");
  return errors;
}

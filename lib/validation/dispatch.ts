import { calendarDay } from "./calendar-day";
import { z } from "./zod";

// The dock: handovers of parcels to a courier, their manifests and pickups.
export const handoverParams = z.object({ id: z.string().trim().min(1).max(64) });

export const openHandoverBody = z.object({
  courierAccountId: z.string().trim().min(1).max(64),
  locationKey: z.string().trim().min(1).max(64),
});

/** What a label's barcode carries: couriers' AWBs are letters, digits and dashes. */
export const scanParcelBody = z.object({
  awb: z
    .string()
    .trim()
    .min(1, "Scan or type the AWB from the label.")
    .max(40, "An AWB is at most 40 characters: that is not a label barcode.")
    .regex(/^[A-Za-z0-9-]+$/, "An AWB has only letters, digits and dashes."),
});

/** The pickup windows couriers offer a warehouse (IST). */
export const PICKUP_SLOTS = ["10:00-13:00", "13:00-16:00", "16:00-19:00"] as const;

export const requestPickupBody = z.object({
  date: calendarDay,
  slot: z.enum(PICKUP_SLOTS, { error: "Choose one of the pickup windows." }),
});

export const manifestQuery = z.object({
  kind: z.enum(["packline", "courier"]).default("packline"),
});

export const dispatchSettingsBody = z.object({
  cutoff: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 17:00 (IST)."),
});

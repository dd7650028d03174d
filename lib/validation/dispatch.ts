import { istToday } from "@/lib/warehouse/ist-day-range";
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

/** The time of day in India, HH:MM. */
const istClock = (now: Date) => new Date(now.getTime() + 330 * 60_000).toISOString().slice(11, 16);

/** The first window that has not ended yet: today's, else tomorrow's first. */
export function nextPickupWindow(now = new Date()): { date: string; slot: string } {
  const open = PICKUP_SLOTS.find((slot) => slot.slice(6) > istClock(now));
  if (open) return { date: istToday(now), slot: open };
  return { date: istToday(new Date(now.getTime() + 86_400_000)), slot: PICKUP_SLOTS[0] };
}

export const requestPickupBody = z
  .object({
    date: calendarDay,
    slot: z.enum(PICKUP_SLOTS, { error: "Choose one of the pickup windows." }),
  })
  .superRefine((pickup, ctx) => {
    const now = new Date();
    if (pickup.date < istToday(now))
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message: "The pickup day has passed: choose today or later.",
      });
    else if (pickup.date === istToday(now) && pickup.slot.slice(6) <= istClock(now))
      ctx.addIssue({
        code: "custom",
        path: ["slot"],
        message: "That window has ended today: choose a later one, or tomorrow.",
      });
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

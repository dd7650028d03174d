import { db } from "@/lib/db";
import { dispatchSettingsBody } from "@/lib/validation/dispatch";
import { istToday } from "@/lib/warehouse/ist-day-range";

/** The time of day (IST) by which the day's parcels must be scanned into a handover. */
export const DISPATCH_CUTOFF_SETTING = "dispatch.cutoff";
export const DEFAULT_CUTOFF = "17:00";

const DAY_MS = 86_400_000;

export async function readDispatchCutoff(): Promise<string> {
  const row = await db.setting.findUnique({
    where: { key: DISPATCH_CUTOFF_SETTING },
    select: { value: true },
  });
  const parsed = dispatchSettingsBody.safeParse({ cutoff: row?.value });
  return parsed.success ? parsed.data.cutoff : DEFAULT_CUTOFF;
}

/**
 * The latest cut-off that has passed at `now`: today's if it is past the cut-off in India, else
 * yesterday's. A parcel booked before it and still not scanned missed a truck.
 */
export function lastCutoff(cutoff: string, now = new Date()): Date {
  const today = new Date(`${istToday(now)}T${cutoff}:00+05:30`);
  return today.getTime() <= now.getTime() ? today : new Date(today.getTime() - DAY_MS);
}

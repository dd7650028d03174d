import { AppError } from "@/lib/errors/app-error";
import { rateLimit } from "@/lib/security/rate-limit";
import { getPublicTracking, type PublicTracking } from "./get-public-tracking";

/**
 * Public look-ups are limited per client address: 60 points a minute, a found parcel costs 1
 * and an unknown tracking number 10. Guessing numbers is mostly misses, so it gets about six a
 * minute; a customer's page asks once a minute (components/tracking) and can be reloaded every
 * second without being refused.
 */
export const TRACKING_POINTS_PER_MINUTE = 60;
export const MISS_COST = 10;

const lookups = rateLimit({
  name: "tracking-client",
  points: TRACKING_POINTS_PER_MINUTE,
  durationSeconds: 60,
  refusal: () => "Too many look-ups from your connection; try again in a minute.",
});

export async function lookUpTracking(options: {
  awb: string;
  client: string;
}): Promise<PublicTracking> {
  await lookups.consume(options.client);
  try {
    return await getPublicTracking(options.awb);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      await lookups.charge(options.client, MISS_COST - 1);
    }
    throw error;
  }
}

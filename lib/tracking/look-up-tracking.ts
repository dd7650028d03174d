import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { rateLimit } from "@/lib/security/rate-limit";
import { normaliseIndianPhone } from "@/lib/validation/indian-contact";
import { getPublicTracking, type PublicTracking } from "./get-public-tracking";

/**
 * Public look-ups are limited per client address: 60 points a minute, a found parcel costs 1
 * and an unknown tracking number (or order number and phone that do not match) 10. Guessing is
 * mostly misses, so it gets about six a minute; a customer's page asks every few seconds while
 * open (public/track-live.js) and can be reloaded now and then without being refused.
 */
export const TRACKING_POINTS_PER_MINUTE = 60;
export const MISS_COST = 10;

/** One sentence for an unknown order and a wrong phone: the answer must not tell them apart. */
export const ORDER_NOT_FOUND = "We could not find an order with this number and phone number.";

const lookups = rateLimit({
  name: "tracking-client",
  points: TRACKING_POINTS_PER_MINUTE,
  durationSeconds: 60,
  refusal: () => "Too many look-ups from your connection; try again in a minute.",
  // every page view and poll writes its count: a lost minute of counts after a crash is harmless
  lazyCommit: true,
});

/** A public look-up under the per-client limit; a miss (NOT_FOUND) costs MISS_COST. */
export async function limited<T>(client: string, lookUp: () => Promise<T>): Promise<T> {
  await lookups.consume(client);
  try {
    return await lookUp();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      await lookups.charge(client, MISS_COST - 1);
    }
    throw error;
  }
}

export async function lookUpTracking(options: {
  awb: string;
  client: string;
}): Promise<PublicTracking> {
  return limited(options.client, () => getPublicTracking(options.awb));
}

/**
 * The tracking number of an order, for a customer who has the order number and the phone it was
 * placed with. `awb` is null while the order has not been handed to a courier.
 */
export async function lookUpOrderTracking(options: {
  orderNumber: string;
  phone: string;
  client: string;
}): Promise<{ orderNumber: string; awb: string | null }> {
  return limited(options.client, async () => {
    const typed = options.orderNumber.trim();
    // as typed or in capitals, like AWBs: each an equality on the unique order number
    const order = await db.order.findFirst({
      where: { number: { in: [...new Set([typed, typed.toUpperCase()])] } },
      select: {
        number: true,
        customerPhone: true,
        shipments: {
          where: { direction: "FORWARD", awb: { not: null } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { awb: true },
        },
      },
    });
    const phone = normaliseIndianPhone(options.phone);
    if (!order || !phone || normaliseIndianPhone(order.customerPhone) !== phone) {
      throw new AppError("NOT_FOUND", ORDER_NOT_FOUND);
    }
    return { orderNumber: order.number, awb: order.shipments[0]?.awb ?? null };
  });
}

/** A look-up's answer, or the refusal a customer reads on the page (unknown, or too many). */
export async function orRefusal<T>(lookUp: Promise<T>): Promise<T | AppError> {
  try {
    return await lookUp;
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "RATE_LIMITED"))
      return error;
    throw error;
  }
}

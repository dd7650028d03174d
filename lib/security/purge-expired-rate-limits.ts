import { db } from "@/lib/db";

/**
 * Deletes rate-limit rows whose window has ended. An ended window counts for nothing (the next
 * consume restarts it), so nothing is lost; a consume racing this delete re-checks the row after
 * the delete's lock and keeps a window it has just reopened.
 */
export async function purgeExpiredRateLimits(now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimitCounter.deleteMany({
    where: { expire: { lt: BigInt(now.getTime()) } },
  });
  return count;
}

import { db } from "@/lib/db";

/** Ended sessions stay a week past their absolute expiry (who was signed in, when), then go. */
export const ENDED_SESSION_KEEP_MS = 7 * 24 * 60 * 60_000;

export async function purgeEndedSessions(now: Date = new Date()): Promise<number> {
  const { count } = await db.userSession.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - ENDED_SESSION_KEEP_MS) } },
  });
  return count;
}

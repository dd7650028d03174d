import { db } from "@/lib/db";

/**
 * Turns pending outbox events into one delivery per matching active subscriber (a subscriber
 * with no event types gets every type). Events are claimed with FOR UPDATE SKIP LOCKED, so
 * several workers fan out different events; the unique (event, subscriber) pair makes a
 * repeated fan-out harmless. An event is marked DELIVERED once handed to its subscribers.
 */
export async function fanOutEvents(limit = 500): Promise<number> {
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; type: string }[]>`
      SELECT id, type FROM "OutboxEvent"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "createdAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const ids = events.map((e) => e.id);
    await tx.$executeRaw`
      INSERT INTO "OutboxDelivery" (id, "eventId", "subscriberId", status, attempts,
                                    "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, e.id, s.id, 'PENDING', 0, now(), now()
      FROM "OutboxEvent" e
      JOIN "EventSubscriber" s
        ON s.active AND (cardinality(s."eventTypes") = 0 OR e.type = ANY (s."eventTypes"))
      WHERE e.id = ANY (${ids}::text[])
      ON CONFLICT ("eventId", "subscriberId") DO NOTHING`;
    await tx.$executeRaw`
      UPDATE "OutboxEvent" SET status = 'DELIVERED', "deliveredAt" = now(),
        attempts = attempts + 1
      WHERE id = ANY (${ids}::text[])`;
    return events.length;
  });
}

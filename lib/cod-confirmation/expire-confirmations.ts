import { db } from "@/lib/db";

/**
 * Orders whose buyer did not answer by the deadline go to ops (NO_ANSWER): they stay off the
 * floor until ops call and confirm or cancel. One conditional statement moves only orders still
 * AWAITING and past due, with their history rows, so a buyer's answer that lands at the same
 * moment either wins (the order is no longer AWAITING) or finds NO_ANSWER and still counts
 * (record-answer.ts accepts a late reply while ops have not decided).
 */
export async function expireConfirmations(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH moved AS (
      UPDATE "Order" SET "codConfirmation" = 'NO_ANSWER', "updatedAt" = now()
      WHERE "codConfirmation" = 'AWAITING' AND "codConfirmationDueAt" <= ${now}
        AND status IN ('PLACED', 'PROCESSING')
      RETURNING id
    ), recorded AS (
      INSERT INTO "CodConfirmationEvent" (id, "orderId", "fromState", "toState", "actorLabel", note)
      SELECT gen_random_uuid()::text, m.id, 'AWAITING', 'NO_ANSWER', 'cod-confirmation',
        'The buyer did not answer by the deadline: ops call and confirm or cancel.'
      FROM moved m
      RETURNING 1
    )
    SELECT id FROM moved`;
  return rows.length;
}

/**
 * An order cancelled elsewhere while its buyer was being asked (the store cancelled it, ops used
 * the ordinary Cancel) needs no answer any more: it leaves the "awaiting" and "no answer" lists,
 * and the buyer's page no longer offers buttons.
 */
export async function dropCancelledElsewhere(): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH dropped AS (
      UPDATE "Order" o SET "codConfirmation" = 'NOT_NEEDED', "updatedAt" = now()
      FROM (SELECT id, "codConfirmation" AS was FROM "Order"
            WHERE "codConfirmation" IN ('CHECKING', 'AWAITING', 'NO_ANSWER')
              AND status NOT IN ('PLACED', 'PROCESSING')
            FOR UPDATE) h
      WHERE o.id = h.id
      RETURNING o.id, h.was
    ), recorded AS (
      INSERT INTO "CodConfirmationEvent" (id, "orderId", "fromState", "toState", "actorLabel", note)
      SELECT gen_random_uuid()::text, d.id, d.was, 'NOT_NEEDED', 'cod-confirmation',
        'The order left the floor another way (cancelled): no answer needed.'
      FROM dropped d
      RETURNING 1
    )
    SELECT id FROM dropped`;
  return rows.length;
}

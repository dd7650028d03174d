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

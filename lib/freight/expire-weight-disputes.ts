import { db } from "@/lib/db";

/**
 * Marks disputes past their courier's deadline EXPIRED, with an event saying so. Only a dispute
 * ops never submitted expires: one submitted before its deadline waits for the courier's answer.
 * The update is conditional on the status it read, so a dispute submitted meanwhile stays so.
 */
export async function expireWeightDisputes(now = new Date()): Promise<{ expired: number }> {
  const due = await db.weightDispute.findMany({
    where: { status: "OPEN", deadlineAt: { lte: now } },
    select: { id: true },
    take: 500,
  });
  let expired = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      const done = await tx.weightDispute.updateMany({
        where: { id, status: "OPEN", deadlineAt: { lte: now } },
        data: { status: "EXPIRED" },
      });
      if (done.count === 0) return;
      await tx.weightDisputeEvent.create({
        data: {
          disputeId: id,
          status: "EXPIRED",
          note: "Not submitted to the courier before its deadline",
          byName: "Packline",
        },
        select: { id: true },
      });
      expired++;
    });
  }
  return { expired };
}

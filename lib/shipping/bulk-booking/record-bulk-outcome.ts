import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { QueuedItem } from "./queue-bulk-items";

export type BulkOutcome =
  | { state: "BOOKED"; awb: string | null; courier: CourierCode | null; reason?: string }
  | { state: "FAILED" | "SKIPPED"; reason: string; courier?: CourierCode | null };

type ItemRef = Pick<QueuedItem, "id" | "attempt">;

// Only the job queued for this attempt of the item, while the item still waits for it.
const heldBy = (item: ItemRef) => ({
  id: item.id,
  attempt: item.attempt,
  state: "QUEUED" as const,
});

/**
 * Records a booking job's outcome on its bulk item. Conditional: a job whose item was recorded
 * already (a repeated run) or queued again under a newer attempt ("retry failed") writes nothing.
 * Returns whether it wrote.
 */
export async function recordBulkOutcome(item: ItemRef, outcome: BulkOutcome): Promise<boolean> {
  const { count } = await db.bulkBookingItem.updateMany({
    where: heldBy(item),
    data: {
      state: outcome.state,
      awb: outcome.state === "BOOKED" ? outcome.awb : null,
      courier: outcome.courier ?? null,
      reason: outcome.reason?.slice(0, 1000) ?? null,
      finishedAt: new Date(),
    },
  });
  return count === 1;
}

/** While the job waits to try again, the item says why (it stays QUEUED). */
export async function noteBulkRetry(item: ItemRef, reason: string): Promise<void> {
  await db.bulkBookingItem.updateMany({
    where: heldBy(item),
    data: { reason: `${reason.replace(/[.\s]*$/, ".")} Trying again shortly.`.slice(0, 1000) },
  });
}

/** The item while a job for this attempt still has work to do (null once it has none): who started its run. */
export async function waitingBulkItem(item: ItemRef): Promise<{ startedById: string } | null> {
  const found = await db.bulkBookingItem.findFirst({
    where: heldBy(item),
    select: { run: { select: { createdById: true } } },
  });
  return found && { startedById: found.run.createdById };
}

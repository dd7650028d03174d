import { recordAudit } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { requireFulfilment } from "@/lib/orders/require-fulfilment";
import { getBulkBooking } from "./get-bulk-booking";
import type { BulkBookingView } from "./bulk-booking-view";
import { queueBulkItems } from "./queue-bulk-items";

/**
 * "Retry failed": the run's FAILED items go back to QUEUED under a new attempt and get a booking
 * job each, in one transaction. The booking itself reclaims the failed shipment and looks it up
 * at the courier before booking again (book-shipment.ts), so a retry never books twice. Two
 * clicks at once: the second finds no FAILED items left (the row locks make it wait for the
 * first) and queues nothing.
 */
export async function retryFailedBookings(options: {
  runId: string;
  caller: Caller;
}): Promise<BulkBookingView> {
  await requireFulfilment();
  const { runId, caller } = options;
  await db.$transaction(async (tx) => {
    const run = await tx.bulkBookingRun.findUnique({ where: { id: runId }, select: { id: true } });
    if (!run) throw notFound("The bulk booking");
    const items = await tx.bulkBookingItem.updateManyAndReturn({
      where: { runId, state: "FAILED" },
      data: {
        state: "QUEUED",
        attempt: { increment: 1 },
        reason: null,
        courier: null,
        finishedAt: null,
      },
      select: { id: true, orderId: true, attempt: true },
    });
    if (items.length === 0) return;
    await queueBulkItems(tx, items);
    await recordAudit(tx, {
      actorId: caller.id,
      action: "bulk_booking.retry_failed",
      entityType: "BulkBookingRun",
      entityId: runId,
      details: { requeued: items.length },
    });
  });
  return getBulkBooking(runId);
}

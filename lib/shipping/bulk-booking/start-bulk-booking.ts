import { recordAudit } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { requireFulfilment } from "@/lib/orders/require-fulfilment";
import { ordersVisibleTo } from "@/lib/warehouse/packer-visibility";
import { getBulkBooking } from "./get-bulk-booking";
import type { BulkBookingView } from "./bulk-booking-view";
import { queueBulkItems } from "./queue-bulk-items";

export interface StartBulkBookingInput {
  /** distinct order ids, at most MAX_BULK_BOOKING (lib/validation/bulk-booking.ts) */
  orderIds: string[];
  caller: Caller;
}

/**
 * "Generate shipments" for many orders: records a run with one item per order and queues one
 * booking job per packed order, in one transaction, then answers at once. The worker books them
 * (as fast as each courier's create limit allows) whether or not anyone keeps the page open, and
 * each job records its outcome on its item. An order that is not packed any more is SKIPPED
 * with the reason straight away, so the run accounts for every order that was selected.
 */
export async function startBulkBooking(input: StartBulkBookingInput): Promise<BulkBookingView> {
  await requireFulfilment();
  const { caller, orderIds } = input;
  const orders = await db.order.findMany({
    where: { id: { in: orderIds }, ...ordersVisibleTo(caller) },
    select: { id: true, number: true, status: true },
  });
  const missing = orderIds.length - orders.length;
  if (missing > 0)
    throw new AppError(
      "NOT_FOUND",
      `${missing} of the ${orderIds.length} selected orders ${missing === 1 ? "was" : "were"} not found. Reload the list and select again.`,
    );
  const finishedAt = new Date();
  const runId = await db.$transaction(async (tx) => {
    const run = await tx.bulkBookingRun.create({
      data: { createdById: caller.id, total: orders.length },
      select: { id: true },
    });
    const items = await tx.bulkBookingItem.createManyAndReturn({
      data: orders.map((o) =>
        o.status === "PACKED"
          ? { runId: run.id, orderId: o.id }
          : { runId: run.id, orderId: o.id, state: "SKIPPED", reason: notPacked(o), finishedAt },
      ),
      select: { id: true, orderId: true, attempt: true, state: true },
    });
    const queued = items.filter((item) => item.state === "QUEUED");
    await queueBulkItems(tx, queued);
    await recordAudit(tx, {
      actorId: caller.id,
      action: "bulk_booking.start",
      entityType: "BulkBookingRun",
      entityId: run.id,
      details: { orders: orders.length, queued: queued.length },
    });
    return run.id;
  });
  return getBulkBooking(runId);
}

function notPacked(order: { number: string; status: OrderStatus }): string {
  return `Order ${order.number} is ${order.status.toLowerCase()}, not packed: nothing to book.`;
}

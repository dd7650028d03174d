import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import {
  bulkBookingRunSelect,
  countItems,
  toSummary,
  type BulkBookingView,
} from "./bulk-booking-view";

/**
 * One bulk booking with every item's outcome, as the progress view polls it. Items are listed
 * by order number; their states are what the booking jobs recorded (record-bulk-outcome.ts).
 */
export async function getBulkBooking(runId: string): Promise<BulkBookingView> {
  const run = await db.bulkBookingRun.findUnique({
    where: { id: runId },
    select: {
      ...bulkBookingRunSelect,
      items: {
        orderBy: { order: { number: "asc" } },
        select: {
          orderId: true,
          state: true,
          awb: true,
          courier: true,
          reason: true,
          updatedAt: true,
          order: { select: { number: true } },
        },
      },
    },
  });
  if (!run) throw notFound("The bulk booking");
  const counts = (await countItems([run.id])).get(run.id)!;
  return {
    ...toSummary(run, counts),
    items: run.items.map(({ order, updatedAt, ...item }) => ({
      ...item,
      orderNumber: order.number,
      updatedAt: updatedAt.toISOString(),
    })),
  };
}

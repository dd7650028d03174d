import { db } from "@/lib/db";
import {
  bulkBookingRunSelect,
  countItems,
  toSummary,
  type BulkBookingSummary,
} from "./bulk-booking-view";

const RECENT_MS = 24 * 60 * 60_000;
const SHOWN = 5;

/**
 * The bulk bookings of the last day, newest first: how someone who closed the tab (or a
 * colleague) finds a run again from the orders dashboard.
 */
export async function listBulkBookings(): Promise<BulkBookingSummary[]> {
  const runs = await db.bulkBookingRun.findMany({
    where: { createdAt: { gte: new Date(Date.now() - RECENT_MS) } },
    orderBy: { createdAt: "desc" },
    take: SHOWN,
    select: bulkBookingRunSelect,
  });
  const counts = await countItems(runs.map((r) => r.id));
  return runs.map((run) => toSummary(run, counts.get(run.id)!));
}

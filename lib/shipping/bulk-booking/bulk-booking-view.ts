import { db } from "@/lib/db";
import type { BulkBookingItemState, CourierCode } from "@/lib/generated/prisma/enums";

export type BulkBookingCounts = Record<Lowercase<BulkBookingItemState>, number>;

/** A run as the orders dashboard shows it: who started it, when, and where its items are. */
export interface BulkBookingSummary {
  id: string;
  createdAt: string;
  createdBy: string;
  total: number;
  counts: BulkBookingCounts;
  /** every item has its outcome (nothing QUEUED) */
  finished: boolean;
}

export interface BulkBookingItemView {
  orderId: string;
  orderNumber: string;
  state: BulkBookingItemState;
  awb: string | null;
  courier: CourierCode | null;
  reason: string | null;
  updatedAt: string;
}

export type BulkBookingView = BulkBookingSummary & { items: BulkBookingItemView[] };

export const bulkBookingRunSelect = {
  id: true,
  createdAt: true,
  total: true,
  createdBy: { select: { name: true } },
} as const;

type RunRow = {
  id: string;
  createdAt: Date;
  total: number;
  createdBy: { name: string };
};

/** Counts per state of each run's items: one grouped query, read fresh so counts never drift. */
export async function countItems(runIds: string[]): Promise<Map<string, BulkBookingCounts>> {
  const groups = await db.bulkBookingItem.groupBy({
    by: ["runId", "state"],
    where: { runId: { in: runIds } },
    _count: { _all: true },
  });
  const counts = new Map<string, BulkBookingCounts>(
    runIds.map((id) => [id, { queued: 0, booked: 0, failed: 0, skipped: 0 }]),
  );
  for (const g of groups) {
    const key = g.state.toLowerCase() as Lowercase<BulkBookingItemState>;
    counts.get(g.runId)![key] = g._count._all;
  }
  return counts;
}

export function toSummary(run: RunRow, counts: BulkBookingCounts): BulkBookingSummary {
  return {
    id: run.id,
    createdAt: run.createdAt.toISOString(),
    createdBy: run.createdBy.name,
    total: run.total,
    counts,
    finished: counts.queued === 0,
  };
}

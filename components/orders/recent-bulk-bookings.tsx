"use client";

import Link from "next/link";
import { bulkBookingHeadline } from "./bulk-booking-progress";
import { formatIst } from "./format";
import { useRecentBulkBookings } from "./use-bulk-booking";

/**
 * The last day's bulk bookings above the order list, live while one is still booking: where
 * someone who closed the tab (or a colleague) finds a run and its failures again.
 */
export function RecentBulkBookings() {
  const runs = useRecentBulkBookings();
  if (!runs.data?.length) return null;
  return (
    <section
      aria-label="Recent bulk bookings"
      className="mb-3 rounded-xl border border-slate-200 bg-white p-3"
    >
      <h2 className="text-sm font-semibold text-slate-800">Recent bulk bookings</h2>
      <ul className="mt-1 flex flex-col gap-1 text-sm">
        {runs.data.map((run) => (
          <li key={run.id} className="flex flex-wrap items-baseline gap-x-2">
            <Link
              href={`/orders/bulk-bookings/${run.id}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline md:min-h-0"
            >
              {bulkBookingHeadline(run)}
            </Link>
            <span className="text-slate-600">
              {run.createdBy}, {formatIst(run.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

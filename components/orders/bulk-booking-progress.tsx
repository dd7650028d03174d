"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { BulkBookingView } from "@/lib/shipping/bulk-booking/bulk-booking-view";
import { ApiError, apiFetch } from "./api-client";
import { BulkBookingItems } from "./bulk-booking-items";
import { useBulkBooking } from "./use-bulk-booking";

export function bulkBookingHeadline(run: Pick<BulkBookingView, "total" | "counts" | "finished">) {
  const { booked, failed, skipped, queued } = run.counts;
  const parts = [`${booked} of ${run.total} booked`];
  if (failed) parts.push(`${failed} failed`);
  if (skipped) parts.push(`${skipped} skipped`);
  if (queued) parts.push(`${queued} waiting`);
  return `${parts.join(" · ")}${run.finished ? " — done" : ""}`;
}

/**
 * A bulk booking's live progress: counts, a bar, every failure with its reason and "Retry
 * failed"; with `detailed`, every order's outcome. The worker books whether or not this is open.
 */
export function BulkBookingProgress({
  runId,
  detailed = false,
  onFinished,
}: {
  runId: string;
  detailed?: boolean;
  onFinished?: () => void;
}) {
  const queryClient = useQueryClient();
  const run = useBulkBooking(runId);
  const retry = useMutation({
    mutationFn: () =>
      apiFetch<BulkBookingView>(`/api/bulk-bookings/${runId}/retry-failed`, { method: "POST" }),
    onSuccess: (view) => queryClient.setQueryData(["bulk-bookings", runId], view),
  });
  const finished = run.data?.finished ?? false;
  // Told once per finish (a retry that ends finishes again), whatever the parent re-renders.
  const told = useRef(false);
  useEffect(() => {
    if (finished && !told.current) onFinished?.();
    told.current = finished;
  }, [finished, onFinished]);

  if (run.isPending) return <p className="text-sm text-slate-600">Starting the bulk booking…</p>;
  if (run.isError)
    return (
      <p role="alert" className="text-sm text-red-800">
        Unable to read the bulk booking’s progress: {run.error.message}
      </p>
    );
  const view = run.data;
  const failed = view.items.filter((i) => i.state === "FAILED");
  const done = view.total - view.counts.queued;
  return (
    <section
      data-testid="bulk-booking-progress"
      aria-label="Bulk booking progress"
      className="flex w-full flex-col gap-2 text-sm"
    >
      <div role="status" aria-live="polite">
        <p className="font-semibold text-slate-900">{bulkBookingHeadline(view)}</p>
        <progress
          value={done}
          max={view.total}
          aria-label={`${done} of ${view.total} orders have an outcome`}
          className="mt-1 h-2 w-full overflow-hidden rounded-full accent-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
        />
      </div>
      {!view.finished && (
        <p className="text-xs text-slate-600">
          The worker is booking these with the couriers: you can close this page, and the booking
          carries on.
        </p>
      )}
      {!detailed && failed.length > 0 && (
        <ul className="list-disc pl-5 text-red-800" aria-label="Failures">
          {failed.map((f) => (
            <li key={f.orderId}>
              <Link href={`/orders/${f.orderId}`} className="font-semibold underline">
                {f.orderNumber}
              </Link>
              : {f.reason}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {failed.length > 0 && (
          <Button onClick={() => retry.mutate()} disabled={retry.isPending}>
            {retry.isPending ? "Queueing…" : `Retry failed (${failed.length})`}
          </Button>
        )}
        {!detailed && (
          <Link
            href={`/orders/bulk-bookings/${runId}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            Every order’s result
          </Link>
        )}
      </div>
      {retry.isError && (
        <p role="alert" className="text-red-800">
          {retry.error instanceof ApiError ? retry.error.message : "Could not retry. Try again."}
        </p>
      )}
      {detailed && <BulkBookingItems items={view.items} />}
    </section>
  );
}

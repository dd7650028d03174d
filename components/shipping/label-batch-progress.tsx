"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import type { LabelBatchView } from "@/lib/dispatch/labels/label-batch-view";

const POLL_MS = 1_000;

/** A label batch's progress, read every second until the worker has made (or given up on) it. */
function useLabelBatch(batchId: string) {
  return useQuery({
    queryKey: ["label-batches", batchId],
    queryFn: () => apiFetch<LabelBatchView>(`/api/label-batches/${batchId}`),
    refetchInterval: (query) => (query.state.data?.state === "QUEUED" ? POLL_MS : false),
  });
}

/**
 * Where a label batch is: "n of N labels fetched" while the worker gets them from the couriers,
 * then the download link and every label it could not print, with the reason.
 */
export function LabelBatchProgress({ batchId }: { batchId: string }) {
  const batch = useLabelBatch(batchId);
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () =>
      apiFetch<LabelBatchView>(`/api/label-batches/${batchId}/retry`, { method: "POST" }),
    onSuccess: (view) => queryClient.setQueryData(["label-batches", batchId], view),
  });
  if (batch.isPending) return <p className="text-sm text-slate-600">Starting…</p>;
  if (batch.isError)
    return (
      <p role="alert" className="text-sm text-red-800">
        Unable to read the labels’ progress: {batch.error.message}
      </p>
    );
  const view = batch.data;
  return (
    <section aria-label="Label batch" className="flex flex-col gap-2 text-sm">
      <div role="status" aria-live="polite">
        <p className="font-semibold text-slate-900">{headline(view)}</p>
        {view.state === "QUEUED" && (
          <progress
            value={view.fetched}
            max={view.total}
            aria-label={`${view.fetched} of ${view.total} labels fetched`}
            className="mt-1 h-2 w-full overflow-hidden rounded-full accent-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
          />
        )}
      </div>
      {view.state === "QUEUED" && (
        <p className="text-xs text-slate-600">
          The worker is fetching and merging the labels: you can close this page, the PDF is kept.
        </p>
      )}
      {view.failureReason && (
        <p role="alert" className="text-red-800">
          {view.failureReason}
        </p>
      )}
      {view.state === "FAILED" && (
        <div>
          <Button onClick={() => retry.mutate()} disabled={retry.isPending}>
            {retry.isPending ? "Queueing…" : "Try again"}
          </Button>
        </div>
      )}
      {retry.isError && (
        <p role="alert" className="text-red-800">
          {retry.error instanceof ApiError ? retry.error.message : "Could not try again."}
        </p>
      )}
      {view.downloadUrl && (
        <a
          href={view.downloadUrl}
          download
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          Download labels PDF ({view.pageCount} {view.pageCount === 1 ? "page" : "pages"})
        </a>
      )}
      {view.skipped.length > 0 && (
        <ul className="list-disc pl-5 text-red-800" aria-label="Labels not printed">
          {view.skipped.map((s) => (
            <li key={s.position}>
              <span className="font-semibold">{s.orderNumber}</span>: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function headline(view: LabelBatchView): string {
  if (view.state === "QUEUED")
    return view.fetched < view.total
      ? `Fetching labels: ${view.fetched} of ${view.total}`
      : `Merging ${view.total} labels…`;
  if (view.state === "FAILED") return "The labels could not be made";
  const skipped = view.skipped.length ? ` · ${view.skipped.length} not printed` : "";
  return `${view.printed} of ${view.total} labels ready${skipped}`;
}

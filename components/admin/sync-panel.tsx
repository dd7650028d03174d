"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatIst } from "@/components/orders/format";
import { Button } from "@/components/ui/button";
import { api } from "./api";

interface Run {
  id: string;
  trigger: string;
  status: "RUNNING" | "SUCCEEDED" | "PARTIAL" | "FAILED";
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  startedAt: string;
  finishedAt: string | null;
  errors?: { externalId: string | null; reason: string }[];
}
interface SyncStatus {
  source: { id: string; name: string; enabled: boolean; syncIntervalMinutes: number } | null;
  running: boolean;
  lastRun: Run | null;
  recentRuns: Run[];
}

const tone: Record<Run["status"], string> = {
  RUNNING: "bg-sky-100 text-sky-800",
  SUCCEEDED: "bg-emerald-100 text-emerald-800",
  PARTIAL: "bg-amber-100 text-amber-900",
  FAILED: "bg-red-100 text-red-800",
};
const label: Record<Run["status"], string> = {
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  PARTIAL: "Partly failed",
  FAILED: "Failed",
};

function RunBadge({ status }: { status: Run["status"] }) {
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[status]}`}>
      {label[status]}
    </span>
  );
}

/** "Sync now" and the last sync runs; polls every 2 s while a sync is queued or running. */
export function SyncPanel() {
  const client = useQueryClient();
  const [requestedAt, setRequestedAt] = useState<number | null>(null);
  const status = useQuery({
    queryKey: ["admin-sync-status"],
    queryFn: () => api<SyncStatus>("/api/admin/sync-status"),
    refetchInterval: (q) => (q.state.data?.running || requestedAt ? 2_000 : 15_000),
  });
  const syncNow = useMutation({
    mutationFn: () => api<{ queued: boolean }>("/api/admin/sync", { method: "POST", body: {} }),
    onSuccess: () => {
      setRequestedAt(Date.now());
      void client.invalidateQueries({ queryKey: ["admin-sync-status"] });
    },
  });
  const last = status.data?.lastRun;
  // "Sync now" waits until a run that started after the click has finished, or 2 minutes
  // of answers without one (no worker running).
  const answered =
    last?.finishedAt && requestedAt !== null && Date.parse(last.startedAt) >= requestedAt - 5_000;
  const gaveUp = requestedAt !== null && status.dataUpdatedAt - requestedAt > 120_000;
  const waiting = requestedAt !== null && !answered && !gaveUp;
  const busy = Boolean(status.data?.running || waiting);

  return (
    <section
      aria-labelledby="sync-heading"
      className="rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="sync-heading" className="text-lg font-bold text-slate-900">
            Sync
          </h2>
          <p className="text-sm text-slate-600">
            {status.data?.source
              ? status.data.source.enabled
                ? `Runs every ${status.data.source.syncIntervalMinutes} min.`
                : "Scheduled sync is off; Sync now still works."
              : "Save the order source first."}
          </p>
        </div>
        <Button
          onClick={() => syncNow.mutate()}
          disabled={!status.data?.source || busy || syncNow.isPending}
        >
          {busy ? "Syncing…" : "Sync now"}
        </Button>
      </div>
      {waiting && !status.data?.running && (
        <p role="status" className="mt-3 text-sm text-slate-600">
          Queued; the worker picks it up in a moment.
        </p>
      )}
      {gaveUp && !answered && (
        <p role="alert" className="mt-3 text-sm text-amber-800">
          The sync has not started after 2 minutes. Is the worker running?
        </p>
      )}
      {syncNow.error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {syncNow.error.message}
        </p>
      )}
      {status.isPending && <p className="mt-4 text-slate-500">Loading sync status…</p>}
      {status.isError && (
        <p role="alert" className="mt-4 text-red-700">
          Unable to load the sync status.{" "}
          <button className="underline" onClick={() => void status.refetch()}>
            Retry
          </button>
        </p>
      )}
      {status.data && !last && <p className="mt-4 text-slate-500">No sync has run yet.</p>}
      {last && (
        <div className="mt-4 space-y-3" aria-live="polite">
          <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <RunBadge status={last.status} />
            <span>
              Started {formatIst(last.startedAt)}
              {last.finishedAt && `, finished ${formatIst(last.finishedAt).split(", ").pop()}`}
            </span>
          </div>
          <dl className="grid grid-cols-4 gap-3 text-center">
            {(["created", "updated", "skipped", "failed"] as const).map((k) => (
              <div key={k} className="rounded-lg bg-slate-50 p-3">
                <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                  {k}
                </dt>
                <dd
                  className={`text-2xl font-bold ${k === "failed" && last[k] > 0 ? "text-red-700" : "text-slate-900"}`}
                >
                  {last[k].toLocaleString("en-IN")}
                </dd>
              </div>
            ))}
          </dl>
          {last.errors && last.errors.length > 0 && (
            <details
              className="rounded-lg bg-red-50 p-3 text-sm text-red-900"
              open={last.errors.length <= 5}
            >
              <summary className="cursor-pointer font-semibold">
                {last.errors.length} order{last.errors.length === 1 ? "" : "s"} not imported
              </summary>
              <ul className="mt-2 max-h-60 list-disc space-y-1 overflow-auto pl-5">
                {last.errors.map((e, i) => (
                  <li key={i}>
                    {e.externalId && <span className="font-mono">{e.externalId}: </span>}
                    {e.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {status.data && status.data.recentRuns.length > 1 && (
        <table className="mt-5 w-full text-left text-sm">
          <caption className="sr-only">Recent sync runs</caption>
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="py-2 font-semibold">Started</th>
              <th className="font-semibold">Trigger</th>
              <th className="font-semibold">Result</th>
              <th className="text-right font-semibold">New</th>
              <th className="text-right font-semibold">Updated</th>
              <th className="text-right font-semibold">Failed</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {status.data.recentRuns.map((r) => (
              <tr key={r.id}>
                <td className="py-2">{formatIst(r.startedAt)}</td>
                <td className="capitalize">{r.trigger}</td>
                <td>
                  <RunBadge status={r.status} />
                </td>
                <td className="text-right tabular-nums">{r.created}</td>
                <td className="text-right tabular-nums">{r.updated}</td>
                <td className="text-right tabular-nums">{r.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

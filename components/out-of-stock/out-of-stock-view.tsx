"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/orders/api-client";
import { EmptyState } from "@/components/ui/empty-state";
import type { StockReport } from "@/lib/warehouse/load-stock-report";
import { SendReportForm } from "./send-report-form";
import { StockReportTable } from "./stock-report-table";

/** Today's date in India and `days` before it, as YYYY-MM-DD. */
function istDay(offsetDays = 0): string {
  const ist = new Date(Date.now() + 330 * 60_000 + offsetDays * 86_400_000);
  return ist.toISOString().slice(0, 10);
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white px-4 py-3">
      <p className="text-2xl font-bold text-slate-900 tabular-nums">{value}</p>
      <p className="text-sm text-slate-600">{label}</p>
    </div>
  );
}

/** Out-of-stock report: pick IST dates, read it, export it, send it. */
export function OutOfStockView() {
  const [range, setRange] = useState({ from: istDay(-6), to: istDay() });
  const valid = range.from !== "" && range.to !== "" && range.from <= range.to;
  const query = new URLSearchParams(range).toString();
  const report = useQuery({
    queryKey: ["out-of-stock", range],
    queryFn: () => apiFetch<StockReport>(`/api/out-of-stock?${query}`),
    enabled: valid,
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        {(["from", "to"] as const).map((key) => (
          <label key={key} className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
            {key === "from" ? "From (IST)" : "To (IST)"}
            <input
              type="date"
              value={range[key]}
              max={istDay()}
              onChange={(e) => setRange((r) => ({ ...r, [key]: e.target.value }))}
              className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900"
            />
          </label>
        ))}
        <a
          href={valid ? `/api/out-of-stock/export?${query}` : undefined}
          aria-disabled={!valid}
          download
          className="flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 aria-disabled:pointer-events-none aria-disabled:opacity-50"
        >
          Export CSV
        </a>
      </div>
      {!valid && (
        <p role="alert" className="font-semibold text-red-700">
          Choose a start date on or before the end date.
        </p>
      )}
      {valid && <SendReportForm from={range.from} to={range.to} />}

      {report.isPending && valid ? (
        <p className="py-8 text-center text-slate-600">Loading the report…</p>
      ) : report.isError ? (
        <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-900 ring-2 ring-red-600">
          <p className="font-semibold">{report.error.message}</p>
          <button
            type="button"
            onClick={() => void report.refetch()}
            className="mt-2 min-h-11 rounded-lg bg-red-700 px-4 font-semibold text-white"
          >
            Try again
          </button>
        </div>
      ) : report.data ? (
        <>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <Stat label="SKUs short" value={report.data.totals.skus} />
            <Stat label="Units short" value={report.data.totals.unitsShort} />
            <Stat label="Orders affected" value={report.data.totals.orders} />
            <Stat label="Reports" value={report.data.totals.reports} />
          </div>
          {report.data.rows.length === 0 ? (
            <EmptyState title="No stock exceptions">
              Nothing was marked not in stock between these dates.
            </EmptyState>
          ) : (
            <StockReportTable rows={report.data.rows} />
          )}
        </>
      ) : null}
    </div>
  );
}

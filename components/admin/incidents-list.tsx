"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatIst } from "@/components/orders/format";
import { Button } from "@/components/ui/button";
import { api } from "./api";

interface Incident {
  id: string;
  category: string;
  severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
  stage: string;
  title: string;
  context: Record<string, unknown>;
  resolvedAt: string | null;
  resolvedBy: string | null;
  forwardedAt: string | null;
  createdAt: string;
  occurrences: number;
  lastSeenAt: string;
  order: { id: string; number: string } | null;
}

const severityTone: Record<Incident["severity"], string> = {
  LOW: "bg-slate-100 text-slate-700",
  MEDIUM: "bg-amber-100 text-amber-900",
  HIGH: "bg-orange-100 text-orange-900",
  CRITICAL: "bg-red-600 text-white",
};
const CATEGORIES = ["DELIVERY", "PAYMENT", "STOCK", "DATABASE", "API"];

function Select(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
      {props.label}
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 font-normal"
      >
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Failures that need a person: filter, read the context, resolve. */
export function IncidentsList() {
  const client = useQueryClient();
  const [state, setState] = useState("open");
  const [category, setCategory] = useState("");
  const params = new URLSearchParams({ state, limit: "25", ...(category ? { category } : {}) });
  const list = useInfiniteQuery({
    queryKey: ["incidents", state, category],
    initialPageParam: "",
    queryFn: ({ pageParam }) =>
      api<{ items: Incident[]; nextCursor: string | null }>(
        `/api/incidents?${params}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 30_000,
  });
  const resolve = useMutation({
    mutationFn: (id: string) => api(`/api/incidents/${id}/resolve`, { method: "POST", body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: ["incidents"] }),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section aria-labelledby="incidents-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-end gap-3">
        <h2 id="incidents-heading" className="sr-only">
          Incident list
        </h2>
        <div className="flex flex-wrap gap-3">
          <Select
            label="Show"
            value={state}
            onChange={setState}
            options={[
              ["open", "Open"],
              ["resolved", "Resolved"],
              ["all", "All"],
            ]}
          />
          <Select
            label="Category"
            value={category}
            onChange={setCategory}
            options={[
              ["", "All categories"],
              ...CATEGORIES.map((c): [string, string] => [
                c,
                c.charAt(0) + c.slice(1).toLowerCase(),
              ]),
            ]}
          />
        </div>
      </div>
      {resolve.error && (
        <p role="alert" className="text-sm text-red-700">
          {resolve.error.message}
        </p>
      )}
      {list.isPending && <p className="text-slate-500">Loading incidents…</p>}
      {list.isError && (
        <p role="alert" className="text-red-700">
          Unable to load incidents.{" "}
          <button className="underline" onClick={() => void list.refetch()}>
            Retry
          </button>
        </p>
      )}
      {list.isSuccess && items.length === 0 && (
        <p className="rounded-xl bg-white p-6 text-center text-slate-500 ring-1 ring-slate-200">
          {state === "open" ? "No open incidents. All clear." : "No incidents match."}
        </p>
      )}
      {items.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
          {items.map((incident) => (
            <li
              key={incident.id}
              className="flex flex-wrap items-start justify-between gap-4 px-4 py-4"
            >
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex flex-wrap items-center gap-2 text-xs font-semibold">
                  <span className={`rounded-full px-2 py-0.5 ${severityTone[incident.severity]}`}>
                    {incident.severity}
                  </span>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">
                    {incident.category}
                  </span>
                  <span className="font-mono text-slate-500">{incident.stage}</span>
                  {incident.forwardedAt && <span className="text-slate-500">· ticket opened</span>}
                </div>
                <p className="font-semibold text-slate-900">{incident.title}</p>
                <p className="text-sm text-slate-500">
                  {formatIst(incident.createdAt)}
                  {incident.occurrences > 1 && (
                    <strong className="font-semibold text-slate-800">
                      {` · seen ${incident.occurrences} times, last ${formatIst(incident.lastSeenAt)}`}
                    </strong>
                  )}
                  {incident.order && (
                    <>
                      {" · "}
                      <Link
                        href={`/orders/${incident.order.id}`}
                        className="text-brand-700 underline"
                      >
                        Order {incident.order.number}
                      </Link>
                    </>
                  )}
                  {incident.resolvedAt &&
                    ` · resolved ${formatIst(incident.resolvedAt)} by ${incident.resolvedBy}`}
                </p>
                <details className="text-sm">
                  <summary className="cursor-pointer text-slate-600">Details</summary>
                  <pre className="mt-2 max-h-48 overflow-auto rounded bg-slate-50 p-2 text-xs text-slate-700">
                    {JSON.stringify(incident.context, null, 2)}
                  </pre>
                </details>
              </div>
              {!incident.resolvedAt && (
                <Button
                  variant="secondary"
                  disabled={resolve.isPending}
                  onClick={() => resolve.mutate(incident.id)}
                >
                  Resolve
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
    </section>
  );
}

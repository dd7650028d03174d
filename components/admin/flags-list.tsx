"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./api";

interface Flag {
  key: string;
  enabled: boolean;
  description: string;
  updatedBy: string | null;
}

export function FlagsList() {
  const client = useQueryClient();
  const flags = useQuery({
    queryKey: ["admin-flags"],
    queryFn: () => api<{ items: Flag[] }>("/api/admin/flags"),
  });
  const toggle = useMutation({
    mutationFn: (flag: Flag) =>
      api(`/api/admin/flags/${flag.key}`, { method: "PATCH", body: { enabled: !flag.enabled } }),
    onSettled: () => client.invalidateQueries({ queryKey: ["admin-flags"] }),
  });
  if (flags.isPending) return <p className="text-slate-500">Loading flags…</p>;
  if (flags.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load feature flags.
      </p>
    );
  return (
    <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
      {toggle.error && (
        <li role="alert" className="bg-red-50 px-4 py-2 text-sm text-red-800">
          {toggle.error.message}
        </li>
      )}
      {flags.data.items.map((flag) => (
        <li key={flag.key} className="flex items-center justify-between gap-4 px-4 py-4">
          <div>
            <p className="font-mono text-sm font-semibold text-slate-900">{flag.key}</p>
            <p className="text-sm text-slate-600">{flag.description}</p>
            {flag.updatedBy && (
              <p className="text-xs text-slate-400">Last changed by {flag.updatedBy}</p>
            )}
          </div>
          <button
            role="switch"
            aria-checked={flag.enabled}
            aria-label={flag.key}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate(flag)}
            className={`relative h-8 w-14 shrink-0 rounded-full transition-colors ${flag.enabled ? "bg-brand-600" : "bg-slate-300"}`}
          >
            <span
              className={`absolute top-1 left-1 h-6 w-6 rounded-full bg-white shadow transition-transform ${flag.enabled ? "translate-x-6" : ""}`}
            />
          </button>
        </li>
      ))}
    </ul>
  );
}

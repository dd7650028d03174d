"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { formatIst } from "@/components/orders/format";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api, ApiError } from "./api";
import { StatusMappingEditor, type MappingRow } from "./status-mapping-editor";

interface Source {
  id: string;
  name: string;
  baseUrl: string;
  apiKeyHint: string;
  syncIntervalMinutes: number;
  statusMapping: Record<string, string>;
  defaultStatusMapping: Record<string, string>;
  enabled: boolean;
  updatedAt: string;
}

function Form({ source, defaults }: { source: Source | null; defaults: Record<string, string> }) {
  const client = useQueryClient();
  const [rows, setRows] = useState<MappingRow[]>(() =>
    Object.entries(source?.statusMapping ?? {}).map(([store, action]) => ({ store, action })),
  );
  const save = useMutation({
    mutationFn: (body: unknown) =>
      api<{ source: Source }>("/api/admin/order-source", { method: "PUT", body }),
    onSuccess: (data) => {
      client.setQueryData(["admin-order-source"], data);
      void client.invalidateQueries({ queryKey: ["admin-sync-status"] });
    },
  });
  const fieldError = (name: string) =>
    save.error instanceof ApiError ? save.error.fieldErrors[name]?.[0] : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      name: form.get("name"),
      baseUrl: form.get("baseUrl"),
      apiKey: form.get("apiKey") || undefined,
      syncIntervalMinutes: Number(form.get("syncIntervalMinutes")),
      enabled: form.get("enabled") === "on",
      statusMapping: Object.fromEntries(
        rows.filter((r) => r.store.trim()).map((r) => [r.store.trim(), r.action]),
      ),
    });
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-5 rounded-xl bg-white p-5 ring-1 ring-slate-200"
      noValidate
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          defaultValue={source?.name ?? "Store"}
          required
          error={fieldError("name")}
        />
        <TextField
          label="Store API base URL"
          name="baseUrl"
          type="url"
          defaultValue={source?.baseUrl ?? ""}
          placeholder="https://store.example.com/api"
          required
          error={fieldError("baseUrl")}
          hint="Packline calls <base URL>/v1/orders"
        />
        <TextField
          label="API key"
          name="apiKey"
          type="password"
          autoComplete="off"
          placeholder={
            source ? `Stored (${source.apiKeyHint}); type to replace` : "Paste the store API key"
          }
          error={fieldError("apiKey")}
          hint="Stored encrypted; never shown again."
        />
        <TextField
          label="Sync every (minutes)"
          name="syncIntervalMinutes"
          type="number"
          min={1}
          max={1440}
          defaultValue={source?.syncIntervalMinutes ?? 5}
          error={fieldError("syncIntervalMinutes")}
        />
      </div>
      <label className="flex min-h-11 items-center gap-3 text-sm font-semibold text-slate-700">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={source?.enabled ?? true}
          className="h-5 w-5 accent-brand-600"
        />
        Sync on a schedule
      </label>
      <StatusMappingEditor
        rows={rows}
        onChange={setRows}
        defaults={defaults}
        error={fieldError("statusMapping")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save order source"}
        </Button>
        {save.isSuccess && (
          <p role="status" className="text-sm text-emerald-700">
            Saved.
          </p>
        )}
        {save.error && (
          <p role="alert" className="text-sm text-red-700">
            {save.error.message}
          </p>
        )}
        {source && (
          <p className="text-xs text-slate-500">Last changed {formatIst(source.updatedAt)}</p>
        )}
      </div>
    </form>
  );
}

/** Admin → Order source: where Packline reads the store's orders from. */
export function OrderSourceForm() {
  const query = useQuery({
    queryKey: ["admin-order-source"],
    queryFn: () => api<{ source: Source | null }>("/api/admin/order-source"),
  });
  if (query.isPending) return <p className="text-slate-500">Loading the order source…</p>;
  if (query.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load the order source.{" "}
        <button className="underline" onClick={() => void query.refetch()}>
          Retry
        </button>
      </p>
    );
  const source = query.data.source;
  return (
    <Form key={source?.id ?? "new"} source={source} defaults={source?.defaultStatusMapping ?? {}} />
  );
}

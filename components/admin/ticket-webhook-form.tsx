"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api, ApiError } from "./api";

/** Where new incidents are forwarded as tickets (optional). */
export function TicketWebhookForm() {
  const current = useQuery({
    queryKey: ["admin-incident-settings"],
    queryFn: () => api<{ ticketWebhookUrl: string | null }>("/api/admin/incident-settings"),
  });
  const save = useMutation({
    mutationFn: (url: string) =>
      api("/api/admin/incident-settings", { method: "PUT", body: { ticketWebhookUrl: url } }),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(String(new FormData(event.currentTarget).get("url") ?? ""));
  }
  if (current.isPending) return <p className="text-slate-500">Loading…</p>;
  if (current.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load the ticketing setting.
      </p>
    );
  return (
    <form
      onSubmit={submit}
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-5 ring-1 ring-slate-200"
      noValidate
    >
      <div className="min-w-72 flex-1">
        <TextField
          label="Ticketing webhook URL"
          name="url"
          type="url"
          defaultValue={current.data.ticketWebhookUrl ?? ""}
          placeholder="https://tickets.example.com/hooks/packline"
          hint="Each new incident is POSTed here as JSON. Leave empty to keep incidents in Packline only."
          error={
            save.error instanceof ApiError
              ? save.error.fieldErrors.ticketWebhookUrl?.[0]
              : undefined
          }
        />
      </div>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save"}
      </Button>
      {save.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          Saved.
        </p>
      )}
    </form>
  );
}

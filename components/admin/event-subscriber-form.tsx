"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api, ApiError } from "./api";

const TYPES = ["OrderPlaced", "OrderStatusChanged", "OrderShipped", "OrderDelivered"];

/** Admin → Events: add an HTTP subscriber; its signing secret is shown once, by the caller. */
export function EventSubscriberForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (body: unknown) =>
      api<{ secret: string }>("/api/admin/event-subscribers", { method: "POST", body }),
    onSuccess: (data) => {
      onCreated(data.secret);
      void client.invalidateQueries({ queryKey: ["admin-subscribers"] });
    },
  });
  const fieldError = (n: string) =>
    create.error instanceof ApiError ? create.error.fieldErrors[n]?.[0] : undefined;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: form.get("name"),
      url: form.get("url"),
      eventTypes: form.getAll("eventTypes"),
    });
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-bold text-slate-900">Add a subscriber</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label="Name" name="name" required error={fieldError("name")} />
        <TextField
          label="URL"
          name="url"
          type="url"
          placeholder="https://example.com/packline-events"
          required
          error={fieldError("url")}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-700">Events (none ticked: all)</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {TYPES.map((t) => (
            <label key={t} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="eventTypes"
                value={t}
                className="h-5 w-5 accent-brand-600"
              />
              {t}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add subscriber"}
      </Button>
      {create.error &&
        !(create.error instanceof ApiError && Object.keys(create.error.fieldErrors).length) && (
          <p role="alert" className="text-sm text-red-700">
            {create.error.message}
          </p>
        )}
    </form>
  );
}

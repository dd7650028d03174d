"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api, ApiError } from "./api";

/** How many days after delivery a customer may ask for a return on the tracking page. */
export function ReturnWindowForm() {
  const current = useQuery({
    queryKey: ["admin-return-settings"],
    queryFn: () => api<{ windowDays: number }>("/api/admin/return-settings"),
  });
  const save = useMutation({
    mutationFn: (windowDays: number) =>
      api("/api/admin/return-settings", { method: "PUT", body: { windowDays } }),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get("days") ?? "").trim();
    save.mutate(raw === "" ? Number.NaN : Number(raw));
  }
  if (current.isPending) return <p className="text-slate-500">Loading…</p>;
  if (current.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load the return window.
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
          label="Return window (days after delivery)"
          name="days"
          type="number"
          inputMode="numeric"
          defaultValue={String(current.data.windowDays)}
          hint="Customers can ask for a return on the tracking page until this many days after delivery. Ops can still ask for one later."
          error={
            save.error instanceof ApiError
              ? (save.error.fieldErrors.windowDays?.[0] ?? save.error.message)
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

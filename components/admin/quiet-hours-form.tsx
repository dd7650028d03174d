"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { QuietHours } from "@/lib/notify/customer/quiet-hours";
import { api } from "./api";
import { fieldErrorFrom } from "./notification-settings-model";

/** Quiet hours (IST): SMS and WhatsApp planned inside them wait for the end; e-mail never does. */
export function QuietHoursForm({ quietHours }: { quietHours: QuietHours | null }) {
  const router = useRouter();
  const [on, setOn] = useState(quietHours !== null);
  const save = useMutation({
    mutationFn: (body: unknown) =>
      api("/api/admin/customer-notifications", { method: "PUT", body }),
    onSuccess: () => router.refresh(),
  });
  const errorFor = fieldErrorFrom(save.error);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const start = String(form.get("start") ?? "");
    const end = String(form.get("end") ?? "");
    save.mutate({ quietHours: on ? { start, end } : null });
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Quiet hours"
      className="space-y-3 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-semibold text-slate-900">Quiet hours</h2>
      <label className="flex min-h-11 items-center gap-3 text-slate-800">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => setOn(e.target.checked)}
          className="size-5"
        />
        Hold SMS and WhatsApp at night (India time)
      </label>
      {on && (
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="From"
            name="start"
            type="time"
            defaultValue={quietHours?.start ?? "21:00"}
            error={errorFor("quietHours.start")}
          />
          <TextField
            label="Until"
            name="end"
            type="time"
            defaultValue={quietHours?.end ?? "09:00"}
            error={errorFor("quietHours.end")}
          />
        </div>
      )}
      <p className="text-sm text-slate-500">
        A message due in these hours goes out when they end. E-mail is never held.
      </p>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save quiet hours"}
      </Button>
      {save.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          Saved.
        </p>
      )}
      {save.isError && !errorFor("quietHours") && (
        <p role="alert" className="text-sm text-red-700">
          {save.error.message} Nothing was saved.
        </p>
      )}
    </form>
  );
}

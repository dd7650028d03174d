"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api } from "./api";
import { fieldErrorFrom } from "./notification-settings-model";

/** The dock's daily cut-off (IST): booked parcels not scanned by then are listed as missed. */
export function DispatchCutoffForm({ cutoff }: { cutoff: string }) {
  const router = useRouter();
  const save = useMutation({
    mutationFn: (body: unknown) => api("/api/admin/dispatch-settings", { method: "PUT", body }),
    onSuccess: () => router.refresh(),
  });
  const errorFor = fieldErrorFrom(save.error);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ cutoff: String(new FormData(event.currentTarget).get("cutoff") ?? "") });
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Dispatch cut-off"
      className="max-w-md space-y-3 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <TextField
        label="Cut-off (IST)"
        name="cutoff"
        type="time"
        defaultValue={cutoff}
        error={errorFor("cutoff")}
      />
      <p className="text-sm text-slate-500">
        Parcels booked before the cut-off and not scanned into a handover by then show on the
        dispatch screen as missed.
      </p>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save cut-off"}
      </Button>
      {save.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          Saved.
        </p>
      )}
      {save.isError && !errorFor("cutoff") && (
        <p role="alert" className="text-sm text-red-700">
          {save.error.message} Nothing was saved.
        </p>
      )}
    </form>
  );
}

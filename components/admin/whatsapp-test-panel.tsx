"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api } from "./api";
import { fieldErrorFrom } from "./notification-settings-model";

/** Sends Meta's hello_world template to one phone, now, through the saved settings. */
export function WhatsAppTestPanel({ ready }: { ready: boolean }) {
  const send = useMutation({
    mutationFn: (to: string) =>
      api<{ to: string; providerRef: string }>("/api/admin/whatsapp-settings/test", {
        method: "POST",
        body: { to },
      }),
  });
  const errorFor = fieldErrorFrom(send.error);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate(String(new FormData(event.currentTarget).get("to") ?? "").trim());
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Send a test WhatsApp message"
      className="space-y-3 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-semibold text-slate-900">Send a test</h2>
      <p className="text-sm text-slate-600">
        Sends Meta&apos;s approved <code>hello_world</code> template, which every WhatsApp Business
        account has.
      </p>
      <TextField
        label="Mobile number"
        name="to"
        type="tel"
        inputMode="tel"
        placeholder="98765 43210"
        error={errorFor("to")}
      />
      <Button type="submit" disabled={!ready || send.isPending}>
        {send.isPending ? "Sending…" : "Send test message"}
      </Button>
      {!ready && <p className="text-sm text-slate-500">Save the settings first.</p>}
      {send.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          WhatsApp accepted it for {send.data.to} ({send.data.providerRef.slice(0, 18)}…).
        </p>
      )}
      {send.isError && !errorFor("to") && (
        <p role="alert" className="text-sm text-red-700">
          {send.error.message}
        </p>
      )}
    </form>
  );
}

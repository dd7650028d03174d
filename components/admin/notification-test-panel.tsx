"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api, ApiError } from "./api";
import { SETTINGS_URL } from "./notification-settings-model";

interface TestResult {
  ok: true;
  to: string;
  providerRef: string;
}

function TestSend({
  channel,
  label,
  type,
  placeholder,
  defaultTo,
  ready,
  notReady,
}: {
  channel: "email" | "sms";
  label: string;
  type: "email" | "tel";
  placeholder: string;
  defaultTo?: string;
  ready: boolean;
  notReady: string;
}) {
  const send = useMutation({
    mutationFn: (to: string) =>
      api<TestResult>(`${SETTINGS_URL}/test-${channel}`, { method: "POST", body: { to } }),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate(String(new FormData(event.currentTarget).get("to") ?? ""));
  }
  const fieldError = send.error instanceof ApiError ? send.error.fieldErrors.to?.[0] : undefined;
  const what = channel === "email" ? "test e-mail" : "test SMS";
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={`Send ${what}`}>
      <TextField
        label={label}
        name="to"
        type={type}
        defaultValue={defaultTo}
        placeholder={placeholder}
        autoComplete={type === "email" ? "email" : "tel"}
        error={fieldError}
      />
      <Button
        type="submit"
        variant="secondary"
        disabled={!ready || send.isPending}
        className="disabled:opacity-50"
      >
        {send.isPending ? "Sending…" : `Send ${what}`}
      </Button>
      {!ready && <p className="text-sm text-slate-500">{notReady}</p>}
      <div aria-live="polite">
        {send.isSuccess && (
          <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800">
            Sent to {send.data.to}. The {channel === "email" ? "mail server" : "gateway"} accepted
            it (id{" "}
            <span className="break-all font-mono text-xs">
              {send.data.providerRef.replace(/^<|>$/g, "")}
            </span>
            ).
          </p>
        )}
        {send.error && !fieldError && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
            {send.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

/** Sends one real message through the saved settings; the saved settings are never changed. */
export function NotificationTestPanel({
  smtpReady,
  smsReady,
  dirty,
  adminEmail,
}: {
  smtpReady: boolean;
  smsReady: boolean;
  dirty: boolean;
  adminEmail: string;
}) {
  return (
    <section
      aria-labelledby="test-title"
      className="space-y-5 rounded-xl bg-white p-5 ring-1 ring-slate-200 xl:sticky xl:top-20"
    >
      <div>
        <h2 id="test-title" className="text-lg font-bold text-slate-900">
          Test the settings
        </h2>
        <p className="text-sm text-slate-600">
          Sends one real message with the saved settings and shows the server&apos;s answer.
        </p>
        {dirty && (
          <p className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
            You have unsaved changes: tests use the settings as last saved.
          </p>
        )}
      </div>
      <TestSend
        channel="email"
        label="Send a test e-mail to"
        type="email"
        placeholder="you@shop.in"
        defaultTo={adminEmail}
        ready={smtpReady}
        notReady="Save SMTP settings to test e-mail."
      />
      <hr className="border-slate-200" />
      <TestSend
        channel="sms"
        label="Send a test SMS to"
        type="tel"
        placeholder="98765 43210"
        ready={smsReady}
        notReady="Save SMS gateway settings to test SMS."
      />
    </section>
  );
}

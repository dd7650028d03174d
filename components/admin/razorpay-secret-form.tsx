"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { api, ApiError } from "./api";
import { RAZORPAY_QUERY_KEY, type RazorpayWebhookView } from "./razorpay-webhook-types";

/** 32 characters from 24 random bytes: far beyond guessing from a signed delivery. */
function strongSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/** Sets or rotates the Razorpay webhook secret; write-only, it never comes back. */
export function RazorpaySecretForm({ view }: { view: RazorpayWebhookView }) {
  const client = useQueryClient();
  const [secret, setSecret] = useState("");
  const [visible, setVisible] = useState(false);
  const save = useMutation({
    mutationFn: (value: string) =>
      api("/api/admin/payments/razorpay", { method: "PUT", body: { secret: value } }),
    onSuccess: () => {
      setSecret("");
      setVisible(false);
      void client.invalidateQueries({ queryKey: RAZORPAY_QUERY_KEY });
    },
  });
  const fieldError =
    save.error instanceof ApiError ? save.error.fieldErrors.secret?.[0] : undefined;
  const rotating = view.source !== null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(secret);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="razorpay-secret-heading"
      className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <div>
        <h2 id="razorpay-secret-heading" className="text-lg font-bold text-slate-900">
          {rotating ? "Change the secret" : "Set the secret"}
        </h2>
        <p className="text-sm text-slate-600">
          Stored encrypted and never shown again, here or anywhere. Copy it into Razorpay&apos;s
          dashboard before you leave this page.
        </p>
      </div>
      <TextField
        label="New webhook secret"
        name="secret"
        type={visible ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        value={secret}
        onChange={(e) => setSecret(e.target.value)}
        error={fieldError}
        hint="At least 12 characters; the same text as in Razorpay's dashboard."
      />
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setSecret(strongSecret());
            setVisible(true);
          }}
        >
          Generate a strong one
        </Button>
        <Button type="button" variant="ghost" onClick={() => setVisible(!visible)}>
          {visible ? "Hide" : "Show"}
        </Button>
      </div>
      {rotating && (
        <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
          After a change Packline still accepts the previous secret for {view.graceHours} hours: you
          cannot change it here and in Razorpay&apos;s dashboard at the same moment, and Razorpay
          keeps retrying a delivery for up to 24 hours, so payments in flight are not lost. If the
          old secret leaked, use “Stop accepting the previous secret now”.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending || secret === ""}>
          {save.isPending ? "Saving…" : "Save secret"}
        </Button>
        {save.isSuccess && (
          <p role="status" className="text-sm text-emerald-700">
            Saved. Enter the same secret in Razorpay&apos;s dashboard.
          </p>
        )}
        {save.error && !fieldError && (
          <p role="alert" className="text-sm text-red-700">
            {save.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatIst } from "@/components/orders/format";
import { Button } from "@/components/ui/button";
import { api } from "./api";
import { RAZORPAY_QUERY_KEY, type RazorpayWebhookView } from "./razorpay-webhook-types";

const SOURCE_TEXT = { admin: "Set here", environment: "From RAZORPAY_WEBHOOK_SECRET" };
const VERIFIED_WITH = {
  current: "the current secret",
  previous: "the previous secret",
  older: "a secret no longer accepted",
};

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-base break-words text-slate-900">{children}</dd>
    </div>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <Button
      variant="secondary"
      onClick={() =>
        void navigator.clipboard
          ?.writeText(text)
          .then(() => setCopied(true))
          .catch(() => setCopied(false))
      }
    >
      {copied === null ? "Copy" : copied ? "Copied" : "Select and copy"}
    </Button>
  );
}

/** Where Razorpay should post, which secret verifies, and what last verified. */
export function RazorpayWebhookStatus({ view }: { view: RazorpayWebhookView }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const endPrevious = useMutation({
    mutationFn: () => api("/api/admin/payments/razorpay/previous-secret", { method: "DELETE" }),
    onSettled: () => {
      setConfirming(false);
      void client.invalidateQueries({ queryKey: RAZORPAY_QUERY_KEY });
    },
  });
  const reachableOnlyHere = /^http:|\/\/(localhost|127\.|\[::1\])/.test(view.webhookUrl);
  const verified = view.lastVerified;
  return (
    <section
      aria-labelledby="razorpay-heading"
      className="space-y-5 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <div>
        <h2 id="razorpay-heading" className="text-lg font-bold text-slate-900">
          Razorpay webhook
        </h2>
        <p className="text-sm text-slate-600">
          Razorpay posts each payment event here, signed with the secret. Packline checks the
          signature before it keeps anything: an unsigned or wrongly signed delivery is refused.
        </p>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-semibold text-slate-700">Webhook URL to register</p>
        <div className="flex flex-wrap items-center gap-2">
          <code className="min-w-0 flex-1 rounded-lg bg-slate-100 px-3 py-2.5 font-mono text-sm break-all text-slate-900">
            {view.webhookUrl}
          </code>
          <CopyButton text={view.webhookUrl} />
        </div>
        <p className="text-sm text-slate-600">
          In Razorpay&apos;s dashboard: Accounts &amp; Settings › Webhooks › Add New Webhook. Enter
          this URL, the same secret as here, and the events payment.captured, order.paid,
          payment.authorized and payment.failed.
        </p>
        {reachableOnlyHere && (
          <p className="text-sm text-amber-800">
            Razorpay delivers only to a public https address. This one serves the sandbox; in
            production set NEXTAUTH_URL to Packline&apos;s public address.
          </p>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        <Item term="Signing secret">
          {view.source ? (
            <span className="text-emerald-800">{SOURCE_TEXT[view.source]}</span>
          ) : (
            <span className="text-red-700">Not set: every delivery is refused</span>
          )}
          {view.source === "admin" && view.environmentSecretSet && (
            <span className="block text-sm text-slate-500">
              Used instead of RAZORPAY_WEBHOOK_SECRET
            </span>
          )}
        </Item>
        <Item term="Changed">
          {view.setAt
            ? `${formatIst(view.setAt)}${view.setBy ? ` by ${view.setBy.name}` : ""}`
            : "Never changed here"}
        </Item>
        <Item term="Last delivery that verified">
          {verified
            ? `${formatIst(verified.at)}, with ${VERIFIED_WITH[verified.secret]}`
            : "None yet"}
        </Item>
        <Item term="Previous secret">
          {view.previousAcceptedUntil
            ? `Still accepted until ${formatIst(view.previousAcceptedUntil)}`
            : "Not accepted"}
        </Item>
      </dl>
      {view.previousAcceptedUntil && (
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          {confirming ? (
            <>
              <p className="text-sm text-slate-700">
                Deliveries still signed with the previous secret will be refused.
              </p>
              <Button variant="danger" onClick={() => endPrevious.mutate()}>
                {endPrevious.isPending ? "Stopping…" : "Stop accepting it"}
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              Stop accepting the previous secret now
            </Button>
          )}
          {endPrevious.error && (
            <p role="alert" className="text-sm text-red-700">
              {endPrevious.error.message}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

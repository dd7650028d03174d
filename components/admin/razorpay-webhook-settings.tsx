"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { RazorpaySecretForm } from "./razorpay-secret-form";
import { RazorpayWebhookStatus } from "./razorpay-webhook-status";
import { RAZORPAY_QUERY_KEY, type RazorpayWebhookView } from "./razorpay-webhook-types";

/** Admin → Payments: the Razorpay webhook's address, secret state and a form to rotate it. */
export function RazorpayWebhookSettings() {
  const query = useQuery({
    queryKey: RAZORPAY_QUERY_KEY,
    queryFn: () => api<RazorpayWebhookView>("/api/admin/payments/razorpay"),
    refetchInterval: 30_000,
  });
  if (query.isPending) return <p className="text-slate-500">Loading the Razorpay webhook…</p>;
  if (query.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load the Razorpay webhook settings.{" "}
        <button className="underline" onClick={() => void query.refetch()}>
          Retry
        </button>
      </p>
    );
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[3fr_2fr]">
      <RazorpayWebhookStatus view={query.data} />
      <RazorpaySecretForm view={query.data} />
    </div>
  );
}

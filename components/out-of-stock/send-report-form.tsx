"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { postJson } from "@/components/orders/api-client";
import type { SendStockReportResult } from "@/lib/warehouse/send-stock-report";

/** Sends the report in the chosen range to the recipients an admin configured. */
export function SendReportForm({ from, to }: { from: string; to: string }) {
  const [channels, setChannels] = useState<("email" | "sms")[]>(["email"]);
  const send = useMutation({
    mutationFn: () =>
      postJson<SendStockReportResult>("/api/out-of-stock/send", { channels, from, to }),
  });
  const toggle = (channel: "email" | "sms") =>
    setChannels((c) => (c.includes(channel) ? c.filter((x) => x !== channel) : [...c, channel]));
  const result = send.data;
  return (
    <form
      className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <fieldset className="flex gap-3">
        <legend className="sr-only">Send by</legend>
        {(["email", "sms"] as const).map((channel) => (
          <label
            key={channel}
            className="flex min-h-11 items-center gap-2 font-medium text-slate-800"
          >
            <input
              type="checkbox"
              className="size-5"
              checked={channels.includes(channel)}
              onChange={() => toggle(channel)}
            />
            {channel === "email" ? "E-mail" : "SMS"}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={channels.length === 0 || send.isPending}
        className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white disabled:opacity-50"
      >
        {send.isPending ? "Sending…" : "Send report"}
      </button>
      <div aria-live="polite" className="basis-full text-sm empty:hidden">
        {send.isError && <p className="font-semibold text-red-700">{send.error.message}</p>}
        {result && (
          <p className="font-semibold text-emerald-800">
            {[
              result.email &&
                `E-mailed to ${result.email.recipients} ${result.email.recipients === 1 ? "person" : "people"}`,
              result.sms &&
                `SMS queued for ${result.sms.queued} ${result.sms.queued === 1 ? "phone" : "phones"}`,
            ]
              .filter(Boolean)
              .join(" · ")}
            .
          </p>
        )}
      </div>
    </form>
  );
}

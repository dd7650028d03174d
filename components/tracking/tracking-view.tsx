"use client";

import useSWR from "swr";
import type { PublicTracking } from "@/lib/tracking/get-public-tracking";
import { statusLabel } from "@/lib/tracking/status-words";

const ist = new Intl.DateTimeFormat("en-IN", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Kolkata",
});
const istDate = new Intl.DateTimeFormat("en-IN", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "Asia/Kolkata",
});

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number } | undefined)?.status;
}

function isClientError(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 400 && status < 500;
}

export function TrackingView({ awb }: { awb: string }) {
  const { data, error, isLoading, mutate } = useSWR<PublicTracking>(
    `/api/track/${encodeURIComponent(awb)}`,
    {
      refreshInterval: 60_000,
      // A missing number or a refusal will not change in seconds: the minute's refresh asks again.
      shouldRetryOnError: (err) => !isClientError(err),
    },
  );

  if (isLoading) {
    return (
      <div aria-busy="true" className="mt-6 space-y-3">
        <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
        <div className="h-24 animate-pulse rounded-xl bg-slate-100" />
      </div>
    );
  }
  if (error || !data) {
    const status = statusOf(error);
    const missing = status === 404;
    const limited = status === 429;
    return (
      <div role="alert" className="mt-6 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
        <h1 className="text-lg font-bold text-amber-900">
          {missing
            ? "We could not find this tracking number"
            : limited
              ? "Too many look-ups from your connection"
              : "Tracking is unavailable right now"}
        </h1>
        <p className="mt-1 text-amber-900">
          {missing
            ? `Check the number "${awb}" in your SMS or email. New shipments can take a few minutes to appear.`
            : limited
              ? "Please try again in a minute. This page will check again by itself."
              : "Please try again in a minute."}
        </p>
        {!missing && !limited && (
          <button
            onClick={() => void mutate()}
            className="mt-3 min-h-11 rounded-lg bg-amber-900 px-4 font-semibold text-white"
          >
            Try again
          </button>
        )}
      </div>
    );
  }
  return (
    <section className="mt-4">
      <p className="text-sm text-slate-500">
        Order {data.orderNumber} · AWB {data.awb}
      </p>
      <h1 className="mt-1 text-2xl font-bold text-slate-900">{statusLabel(data.status)}</h1>
      {data.expectedDeliveryAt && !data.deliveredAt && (
        <p className="mt-1 text-slate-700">
          Expected by {istDate.format(new Date(data.expectedDeliveryAt))}
          {data.firstPromisedAt && (
            <span className="mt-1 block text-sm font-semibold text-amber-800">
              Running late: first expected by {istDate.format(new Date(data.firstPromisedAt))}
            </span>
          )}
        </p>
      )}
      {data.status === "NDR" && data.deliveryAttempts !== null && (
        <p className="mt-1 text-sm text-slate-700">
          Delivery attempts so far: {data.deliveryAttempts}
        </p>
      )}
      <p className="text-sm text-slate-500">To {data.destination}</p>
      <ol className="mt-6 border-l-2 border-slate-200 pl-4">
        {data.events.length === 0 && (
          <li className="text-slate-600">No scans yet. The courier will update this soon.</li>
        )}
        {data.events.map((event, index) => (
          <li key={`${event.at}-${index}`} className="relative mb-5">
            <span
              className={`absolute top-1.5 -left-[23px] h-3 w-3 rounded-full ${index === 0 ? "bg-brand-600" : "bg-slate-300"}`}
            />
            <p className="font-semibold text-slate-900">{event.title}</p>
            {event.place && <p className="text-sm text-slate-700">{event.place}</p>}
            <p className="text-xs text-slate-500">
              <time dateTime={event.at}>{ist.format(new Date(event.at))}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

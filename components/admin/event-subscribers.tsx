"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatIst } from "@/components/orders/format";
import { Button } from "@/components/ui/button";
import { api } from "./api";
import { EventSubscriberForm } from "./event-subscriber-form";

interface Subscriber {
  id: string;
  name: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  deliveries: Record<string, number>;
}
interface Delivery {
  id: string;
  status: string;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string;
  createdAt: string;
  subscriber: { name: string };
  event: { type: string; aggregateId: string };
}

/** Admin → Events: HTTP subscribers of Packline's events and their deliveries. */
export function EventSubscribers() {
  const client = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const subscribers = useQuery({
    queryKey: ["admin-subscribers"],
    queryFn: () => api<{ items: Subscriber[] }>("/api/admin/event-subscribers"),
  });
  const deliveries = useQuery({
    queryKey: ["admin-deliveries"],
    queryFn: () => api<{ items: Delivery[] }>("/api/admin/event-deliveries?limit=25"),
    refetchInterval: 10_000,
  });
  const toggle = useMutation({
    mutationFn: (s: Subscriber) =>
      api(`/api/admin/event-subscribers/${s.id}`, { method: "PATCH", body: { active: !s.active } }),
    onSettled: () => client.invalidateQueries({ queryKey: ["admin-subscribers"] }),
  });
  const retry = useMutation({
    mutationFn: (id: string) => api(`/api/admin/event-deliveries/${id}/retry`, { method: "POST" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["admin-deliveries"] }),
  });

  return (
    <div className="space-y-6">
      {secret && (
        <div
          role="status"
          className="rounded-xl bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-amber-200"
        >
          <p className="font-semibold">Signing secret (shown once; give it to the subscriber):</p>
          <code className="mt-1 block break-all font-mono">{secret}</code>
          <button className="mt-2 underline" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      )}
      <section aria-labelledby="subs" className="rounded-xl bg-white ring-1 ring-slate-200">
        <h2 id="subs" className="px-5 pt-4 text-lg font-bold text-slate-900">
          Subscribers
        </h2>
        {subscribers.isPending && <p className="p-5 text-slate-500">Loading…</p>}
        {subscribers.isError && (
          <p role="alert" className="p-5 text-red-700">
            Unable to load subscribers.
          </p>
        )}
        {subscribers.data?.items.length === 0 && (
          <p className="p-5 text-slate-500">No subscribers yet.</p>
        )}
        <ul className="divide-y divide-slate-100">
          {subscribers.data?.items.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">
                  {s.name}{" "}
                  {!s.active && (
                    <span className="text-sm font-normal text-slate-500">(paused)</span>
                  )}
                </p>
                <p className="truncate font-mono text-xs text-slate-600">{s.url}</p>
                <p className="text-xs text-slate-500">
                  {s.eventTypes.length ? s.eventTypes.join(", ") : "All events"} · delivered{" "}
                  {s.deliveries.DELIVERED ?? 0} · failing {s.deliveries.FAILED ?? 0} · dead{" "}
                  {s.deliveries.DEAD ?? 0}
                </p>
              </div>
              <Button
                variant="secondary"
                onClick={() => toggle.mutate(s)}
                disabled={toggle.isPending}
              >
                {s.active ? "Pause" : "Resume"}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <EventSubscriberForm onCreated={setSecret} />
      <section aria-labelledby="deliveries" className="rounded-xl bg-white ring-1 ring-slate-200">
        <h2 id="deliveries" className="px-5 pt-4 text-lg font-bold text-slate-900">
          Recent deliveries
        </h2>
        {deliveries.isError && (
          <p role="alert" className="p-5 text-red-700">
            Unable to load deliveries.
          </p>
        )}
        {deliveries.data?.items.length === 0 && (
          <p className="p-5 text-slate-500">Nothing delivered yet.</p>
        )}
        {deliveries.data && deliveries.data.items.length > 0 && (
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-5 py-2 font-semibold">When</th>
                <th className="font-semibold">Event</th>
                <th className="font-semibold">Subscriber</th>
                <th className="font-semibold">Status</th>
                <th className="px-5 font-semibold">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td className="px-5 py-2">{formatIst(d.createdAt)}</td>
                  <td>{d.event.type}</td>
                  <td>{d.subscriber.name}</td>
                  <td>
                    {d.status.toLowerCase()} · {d.attempts} attempt{d.attempts === 1 ? "" : "s"}
                    {d.lastError && (
                      <span className="block text-xs text-red-700">{d.lastError}</span>
                    )}
                  </td>
                  <td className="px-5 text-right">
                    {(d.status === "FAILED" || d.status === "DEAD") && (
                      <Button
                        variant="ghost"
                        onClick={() => retry.mutate(d.id)}
                        disabled={retry.isPending}
                      >
                        Retry now
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

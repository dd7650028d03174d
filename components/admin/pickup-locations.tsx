"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { PickupLocationView } from "@/lib/dispatch/locations/location-view";
import { api } from "./api";
import { PickupLocationDialog } from "./pickup-location-dialog";
import { PickupRegistrations } from "./pickup-registrations";
import { PickupRules } from "./pickup-rules";

type Location = Omit<PickupLocationView, "registrations"> & {
  registrations: (Omit<PickupLocationView["registrations"][number], "answeredAt"> & {
    answeredAt: string | null;
  })[];
};
const KEY = ["admin-pickup-locations"];

/**
 * Admin → Pickup locations: each warehouse with its address and the couriers' answers to its
 * registration (polled while one is still waiting), add / edit, default, deactivate, the rules.
 */
export function PickupLocations() {
  const client = useQueryClient();
  const [editing, setEditing] = useState<Location | "new" | null>(null);
  const list = useQuery({
    queryKey: KEY,
    queryFn: () => api<Location[]>("/api/admin/pickup-locations"),
    refetchInterval: (q) =>
      q.state.data?.some((l) => l.registrations.some((r) => r.status === "PENDING" && !r.answer))
        ? 2000
        : false,
  });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const save = useMutation({
    mutationFn: (body: unknown) =>
      editing && editing !== "new"
        ? api(`/api/admin/pickup-locations/${editing.id}`, { method: "PUT", body })
        : api("/api/admin/pickup-locations", { method: "POST", body }),
    onSuccess: () => {
      setEditing(null);
      void refresh();
    },
  });
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      api(`/api/admin/pickup-locations/${path}`, { method: body ? "PUT" : "POST", body }),
    onSettled: refresh,
  });
  const open = (l: Location | "new") => {
    save.reset();
    setEditing(l);
  };
  const items = list.data ?? [];

  return (
    <div className="grid gap-6">
      <div className="flex justify-end">
        <Button onClick={() => open("new")}>Add a location</Button>
      </div>
      {list.isPending && <p className="text-slate-500">Loading…</p>}
      {list.isError && (
        <p role="alert" className="text-red-700">
          Unable to load the pickup locations.
        </p>
      )}
      {list.data && items.length === 0 && (
        <p className="text-slate-500">
          No pickup location yet: add the warehouse parcels are collected from before booking.
        </p>
      )}
      {act.error && (
        <p role="alert" className="text-sm text-red-700">
          {act.error.message}
        </p>
      )}
      {items.map((l) => (
        <section
          key={l.id}
          aria-label={l.name}
          data-testid="pickup-location"
          className={`rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-5 ${l.active ? "" : "opacity-70"}`}
        >
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <div className="min-w-0 flex-1">
              <h2 className="text-lg font-bold text-slate-900">
                {l.name}
                {l.isDefault && (
                  <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">
                    Default
                  </span>
                )}
                {!l.active && <span className="ml-2 text-sm text-slate-500">(deactivated)</span>}
              </h2>
              <p className="text-sm text-slate-700">
                {[l.line1, l.line2, l.city, l.state].filter(Boolean).join(", ")} — {l.pincode}
              </p>
              <p className="text-sm text-slate-500">
                {l.contactName} · {l.contactPhone}
                {l.contactEmail && ` · ${l.contactEmail}`}
                {l.gstin && ` · GSTIN ${l.gstin}`}
              </p>
            </div>
            <div className="-ml-3 flex flex-wrap gap-1 sm:ml-0">
              <Button variant="ghost" onClick={() => open(l)}>
                Edit
              </Button>
              {!l.isDefault && l.active && (
                <Button
                  variant="ghost"
                  disabled={act.isPending}
                  onClick={() => act.mutate({ path: `${l.id}/default`, body: {} })}
                >
                  Make default
                </Button>
              )}
              {!l.isDefault && (
                <Button
                  variant="ghost"
                  disabled={act.isPending}
                  onClick={() =>
                    act.mutate({ path: `${l.id}/active`, body: { active: !l.active } })
                  }
                >
                  {l.active ? "Deactivate" : "Activate"}
                </Button>
              )}
            </div>
          </div>
          <PickupRegistrations
            registrations={l.registrations}
            busy={act.isPending}
            onRegister={(accountId) => act.mutate({ path: `${l.id}/registrations/${accountId}` })}
          />
        </section>
      ))}
      <PickupRules locations={items.filter((l) => l.active)} />
      {editing && (
        <PickupLocationDialog
          location={editing === "new" ? null : editing}
          pending={save.isPending}
          error={save.error}
          onSave={(body) => save.mutate(body)}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

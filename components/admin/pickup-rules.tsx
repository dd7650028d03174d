"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { PickupRuleView } from "@/lib/dispatch/locations/pickup-rules";
import { api, ApiError } from "./api";

const KEY = ["admin-pickup-rules"];

/** Which location ships to which destination pincodes: first match wins, else the default. */
export function PickupRules({ locations }: { locations: { id: string; name: string }[] }) {
  const client = useQueryClient();
  const [prefix, setPrefix] = useState("");
  const [locationId, setLocationId] = useState("");
  const rules = useQuery({
    queryKey: KEY,
    queryFn: () => api<PickupRuleView[]>("/api/admin/pickup-locations/rules"),
  });
  const onSuccess = (data: unknown) => client.setQueryData(KEY, data);
  const add = useMutation({
    mutationFn: () =>
      api("/api/admin/pickup-locations/rules", {
        method: "POST",
        body: { pincodePrefix: prefix, pickupLocationId: locationId },
      }),
    onSuccess: (data) => {
      onSuccess(data);
      setPrefix("");
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      api(`/api/admin/pickup-locations/rules/${id}`, { method: "DELETE" }),
    onSuccess,
  });
  const fieldError = (n: string) =>
    add.error instanceof ApiError ? add.error.fieldErrors[n]?.[0] : undefined;

  return (
    <section
      aria-labelledby="rules"
      className="rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-5"
    >
      <h2 id="rules" className="text-lg font-bold text-slate-900">
        Ship from by destination
      </h2>
      <p className="text-sm text-slate-600">
        Orders to pincodes starting with a prefix ship from its location; the first matching rule
        wins, and orders no rule matches ship from the default. Ops can still choose on the order.
      </p>
      <ol className="mt-2 divide-y divide-slate-100" data-testid="pickup-rules">
        {(rules.data ?? []).map((r, i) => (
          <li key={r.id} className="flex items-center gap-2 py-2 text-sm">
            <span className="text-slate-500">{i + 1}.</span>
            <span className="flex-1">
              Pincodes <strong>{r.pincodePrefix}…</strong> ship from{" "}
              <strong>{r.locationName}</strong>
              {!r.locationActive && " (deactivated: skipped)"}
            </span>
            <Button variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate(r.id)}>
              Delete
            </Button>
          </li>
        ))}
      </ol>
      <form
        noValidate
        className="mt-3 grid items-end gap-3 sm:grid-cols-[10rem_1fr_auto]"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <TextField
          label="Pincode prefix"
          name="pincodePrefix"
          inputMode="numeric"
          value={prefix}
          onChange={(e) => setPrefix(e.target.value)}
          error={fieldError("pincodePrefix")}
        />
        <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
          Ships from
          <select
            name="pickupLocationId"
            value={locationId}
            onChange={(e) => setLocationId(e.target.value)}
            className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base font-normal"
          >
            <option value="">Choose a location</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {fieldError("pickupLocationId") && (
            <span className="font-normal text-red-700">{fieldError("pickupLocationId")}</span>
          )}
        </label>
        <Button type="submit" disabled={add.isPending}>
          Add rule
        </Button>
      </form>
      {(add.error ?? remove.error) &&
        !fieldError("pincodePrefix") &&
        !fieldError("pickupLocationId") && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {(add.error ?? remove.error)?.message}
          </p>
        )}
    </section>
  );
}

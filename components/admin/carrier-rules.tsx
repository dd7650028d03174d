"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CarrierRulesView } from "@/lib/shipping/rates/get-carrier-rules";
import type { CarrierRule, CarrierRuleAction } from "@/lib/validation/carrier-rules";
import { api } from "./api";
import { CarrierDefaultDialog } from "./carrier-default-dialog";
import { CarrierRuleDialog } from "./carrier-rule-dialog";

const KEY = ["admin-carrier-rules"];

/**
 * Admin → Carrier rules: the ordered rules, each explained, with the default below them. Every
 * change saves the whole list at once, conditionally on the list the admin loaded.
 */
export function CarrierRules() {
  const client = useQueryClient();
  // null: no dialog; "new": adding; a number: editing that rule (0-based); "default"
  const [editing, setEditing] = useState<number | "new" | "default" | null>(null);
  const view = useQuery({
    queryKey: KEY,
    queryFn: () => api<CarrierRulesView>("/api/admin/carrier-rules"),
  });
  const save = useMutation({
    mutationFn: (next: { rules: CarrierRule[]; otherwise: CarrierRuleAction }) =>
      api<CarrierRulesView>("/api/admin/carrier-rules", {
        method: "PUT",
        body: { ...next, basedOn: view.data?.basedOn ?? null },
      }),
    onSuccess: (saved) => {
      client.setQueryData(KEY, saved);
      setEditing(null);
    },
  });
  const data = view.data;
  const rules = data?.rules ?? [];
  const change = (next: CarrierRule[], otherwise = data!.otherwise) => {
    save.reset();
    save.mutate({ rules: next, otherwise });
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...rules];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    change(next);
  };
  const open = (what: typeof editing) => {
    save.reset();
    setEditing(what);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="rules" className="rounded-xl bg-white ring-1 ring-slate-200">
        <div className="flex items-center justify-between gap-3 px-5 pt-4">
          <h2 id="rules" className="text-lg font-bold text-slate-900">
            Rules, first match wins
          </h2>
          <Button onClick={() => open("new")} disabled={!data}>
            Add a rule
          </Button>
        </div>
        {view.isPending && <p className="p-5 text-slate-500">Loading…</p>}
        {view.isError && (
          <p role="alert" className="p-5 text-red-700">
            Unable to load the carrier rules.
          </p>
        )}
        {save.error && editing === null && (
          <p role="alert" className="px-5 pt-3 text-sm text-red-700">
            {save.error.message}
          </p>
        )}
        {data && (
          <ol className="divide-y divide-slate-100 px-5 pb-2">
            {rules.length === 0 && (
              <li className="py-3 text-sm text-slate-500">
                No rules yet: the default decides every parcel.
              </li>
            )}
            {rules.map((r, i) => (
              <li
                key={`${i}-${r.name}`}
                className="flex flex-wrap items-start gap-3 py-3"
                data-testid="carrier-rule"
              >
                <div className="min-w-0 flex-1">
                  <p className="font-semibold text-slate-900">
                    {i + 1}. {r.name}
                  </p>
                  <p className="text-sm text-slate-700">{data.explained[i]}</p>
                </div>
                <div className="flex flex-wrap gap-1">
                  <Button
                    variant="ghost"
                    disabled={i === 0 || save.isPending}
                    onClick={() => move(i, -1)}
                    aria-label={`Move rule ${i + 1} up`}
                  >
                    Up
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={i === rules.length - 1 || save.isPending}
                    onClick={() => move(i, 1)}
                    aria-label={`Move rule ${i + 1} down`}
                  >
                    Down
                  </Button>
                  <Button variant="ghost" onClick={() => open(i)} aria-label={`Edit rule ${i + 1}`}>
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={save.isPending}
                    onClick={() => change(rules.filter((_, j) => j !== i))}
                    aria-label={`Delete rule ${i + 1}`}
                  >
                    Delete
                  </Button>
                </div>
              </li>
            ))}
            <li className="flex flex-wrap items-start gap-3 py-3" data-testid="carrier-default">
              <div className="min-w-0 flex-1">
                <p className="font-semibold text-slate-900">When no rule matches</p>
                <p className="text-sm text-slate-700">{data.otherwiseExplained}</p>
              </div>
              <Button variant="ghost" onClick={() => open("default")} aria-label="Edit the default">
                Edit
              </Button>
            </li>
          </ol>
        )}
      </section>
      <section
        aria-labelledby="how"
        className="rounded-xl bg-white p-5 text-sm text-slate-700 ring-1 ring-slate-200"
      >
        <h2 id="how" className="text-lg font-bold text-slate-900">
          How booking uses them
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          <li>
            The first rule whose conditions all hold picks the couriers for a parcel, in order.
          </li>
          <li>
            Best record ranks couriers by their RTO rate, then on-time rate, to the drop pincode
            over 90 days; below {data?.minPincodeParcels ?? 20} finished parcels there, by the
            pincode&apos;s zone. The booking&apos;s choice reason shows the rates it used.
          </li>
          <li>
            When a courier refuses a booking outright (unserviceable, rejected, breaker open), the
            next courier of the same rule is tried at once; the order page lists every attempt.
          </li>
          <li>
            When a courier&apos;s answer is lost (timeout, 5xx) the booking stays with that courier
            and is looked up there before it is tried again: it is never booked twice.
          </li>
        </ul>
      </section>
      {data && (editing === "new" || typeof editing === "number") && (
        <CarrierRuleDialog
          rule={editing === "new" ? null : (rules[editing] ?? null)}
          position={editing === "new" ? rules.length + 1 : editing + 1}
          accounts={data.accounts}
          pending={save.isPending}
          error={save.error}
          onSave={(rule) =>
            change(
              editing === "new"
                ? [...rules, rule]
                : rules.map((r, j) => (j === editing ? rule : r)),
            )
          }
          onClose={() => setEditing(null)}
        />
      )}
      {data && editing === "default" && (
        <CarrierDefaultDialog
          action={data.otherwise}
          accounts={data.accounts}
          pending={save.isPending}
          error={save.error}
          onSave={(otherwise) => change(rules, otherwise)}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

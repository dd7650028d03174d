"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { formatIst } from "@/components/orders/format";
import { Button } from "@/components/ui/button";
import { COURIER_LABEL } from "@/lib/validation/courier-account";
import { api } from "./api";
import type { ConnectionTest, CourierAccountItem } from "./courier-account-fields";
import { CourierAccountForm } from "./courier-account-form";

const tones = {
  good: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warn: "bg-amber-50 text-amber-900 ring-amber-200",
  bad: "bg-red-50 text-red-800 ring-red-200",
  plain: "bg-slate-100 text-slate-700 ring-slate-200",
};

function Badge({ tone, children }: { tone: keyof typeof tones; children: React.ReactNode }) {
  return (
    <li className={`rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${tones[tone]}`}>
      {children}
    </li>
  );
}

const breakerText = { CLOSED: "", HALF_OPEN: "Breaker half-open", OPEN: "Breaker open" };

/** One courier account: its badges, last activity, test connection, edit and (de)activate. */
export function CourierAccountCard({ account }: { account: CourierAccountItem }) {
  const client = useQueryClient();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ["admin-courier-accounts"] });
  const test = useMutation({
    mutationFn: () =>
      api<ConnectionTest>(`/api/admin/courier-accounts/${account.id}/test`, { method: "POST" }),
    onSettled: refresh,
  });
  const toggle = useMutation({
    mutationFn: () =>
      api(`/api/admin/courier-accounts/${account.id}/active`, {
        method: "PUT",
        body: { active: !account.active },
      }),
    onSettled: refresh,
  });
  const { breaker } = account;
  return (
    <article
      aria-labelledby={titleId}
      className="rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-bold tracking-wide text-brand-700 uppercase">
            {COURIER_LABEL[account.courier]}
          </p>
          <h2 id={titleId} className="text-lg font-bold break-words text-slate-900">
            {account.name}
          </h2>
          <p className="font-mono text-sm break-all text-slate-600">{account.baseUrl}</p>
        </div>
        <ul className="flex flex-wrap gap-1.5" aria-label="Status">
          <Badge tone={account.active ? "good" : "plain"}>
            {account.active ? "Active" : "Inactive"}
          </Badge>
          {account.dryRun && <Badge tone="warn">Dry run</Badge>}
          <Badge tone="plain">Priority {account.priority}</Badge>
          <Badge tone={account.credentialsSet ? "good" : "bad"}>
            {account.credentialsSet ? "Credentials set" : "Credentials not set"}
          </Badge>
          <Badge tone={account.webhookSecretSet ? "good" : "warn"}>
            {account.webhookSecretSet ? "Webhook secret set" : "No webhook secret"}
          </Badge>
          {breaker.state !== "CLOSED" && <Badge tone="bad">{breakerText[breaker.state]}</Badge>}
        </ul>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
        <div>
          <dt className="inline text-slate-500">Pickup: </dt>
          <dd className="inline text-slate-900">
            {account.pickupPincode}
            {account.pickupLocationName && ` · ${account.pickupLocationName}`}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Last booking: </dt>
          <dd className="inline text-slate-900">
            {account.lastBookedAt ? formatIst(account.lastBookedAt) : "None yet"}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-500">Last tracking: </dt>
          <dd className="inline text-slate-900">
            {account.lastTrackedAt ? formatIst(account.lastTrackedAt) : "None yet"}
          </dd>
        </div>
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={() => test.mutate()} disabled={test.isPending}>
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        <Button variant="secondary" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
          {editing ? "Close editor" : "Edit"}
        </Button>
        <Button
          variant={account.active ? "ghost" : "secondary"}
          onClick={() => toggle.mutate()}
          disabled={toggle.isPending}
        >
          {account.active ? "Deactivate" : "Activate"}
        </Button>
      </div>
      <div aria-live="polite">
        {test.data && (
          <p
            role="status"
            className={`mt-3 rounded-lg px-3 py-2 text-sm font-medium ring-1 ${test.data.ok ? tones.good : tones.bad}`}
          >
            {test.data.ok ? "✓ " : "✗ "}
            {test.data.message}{" "}
            <span className="font-normal opacity-80">({test.data.durationMs} ms)</span>
          </p>
        )}
      </div>
      {(test.error ?? toggle.error) && (
        <p role="alert" className="mt-3 text-sm font-medium text-red-700">
          {(test.error ?? toggle.error)?.message}
        </p>
      )}
      {editing && (
        <div className="mt-4">
          <CourierAccountForm
            key={account.updatedAt}
            account={account}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </div>
      )}
    </article>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { api } from "./api";
import { NdrRuleDialog, type NdrRuleFields } from "./ndr-rule-dialog";

interface Rule extends NdrRuleFields {
  id: string;
  sentence: string;
}
const PAYMENT = { COD: "COD", PREPAID: "Prepaid" } as const;

/** Admin → NDR rules: the rules as a table, and beside it what the job does under each. */
export function NdrRules() {
  const client = useQueryClient();
  // null: no dialog; "new": adding; a rule: editing it
  const [editing, setEditing] = useState<Rule | "new" | null>(null);
  // the rule whose delete waits for the admin's yes
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const rules = useQuery({
    queryKey: ["admin-ndr-rules"],
    queryFn: () => api<{ items: Rule[] }>("/api/admin/ndr-rules"),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["admin-ndr-rules"] });
  const save = useMutation({
    mutationFn: (body: unknown) =>
      editing && editing !== "new"
        ? api(`/api/admin/ndr-rules/${editing.id}`, { method: "PUT", body })
        : api("/api/admin/ndr-rules", { method: "POST", body }),
    onSuccess: () => {
      setEditing(null);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/admin/ndr-rules/${id}`, { method: "DELETE" }),
    onSuccess: () => setDeleting(null),
    onSettled: refresh,
  });
  const open = (rule: Rule | "new") => {
    save.reset();
    setEditing(rule);
  };
  const items = rules.data?.items ?? [];

  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="rules" className="rounded-xl bg-white ring-1 ring-slate-200">
        <div className="flex items-center justify-between gap-3 px-5 pt-4">
          <h2 id="rules" className="text-lg font-bold text-slate-900">
            Rules
          </h2>
          <Button onClick={() => open("new")}>Add a rule</Button>
        </div>
        {rules.isPending && <p className="p-5 text-slate-500">Loading…</p>}
        {rules.isError && (
          <p role="alert" className="p-5 text-red-700">
            Unable to load the rules.
          </p>
        )}
        {rules.data && items.length === 0 && (
          <p className="p-5 text-slate-500">
            No rules yet: every failed delivery waits for ops or the buyer.
          </p>
        )}
        {items.length > 0 && (
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-5 py-2 font-semibold">Payment</th>
                <th className="font-semibold">Reason mentions</th>
                <th className="font-semibold">Wait</th>
                <th className="font-semibold">Attempts</th>
                <th className="px-5 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((r) => (
                <tr key={r.id} data-testid="ndr-rule-row">
                  <td className="px-5 py-2">
                    {r.paymentMethod ? PAYMENT[r.paymentMethod] : "Any"}
                  </td>
                  <td>{r.reasonContains ? `'${r.reasonContains}'` : "Any reason"}</td>
                  <td>{r.waitHours} h</td>
                  <td>{r.maxAttempts}</td>
                  <td className="px-5 text-right whitespace-nowrap">
                    <Button variant="ghost" onClick={() => open(r)}>
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      onClick={() => {
                        remove.reset();
                        setDeleting(r);
                      }}
                      aria-label={`Delete the rule: ${r.sentence}`}
                    >
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section
        aria-labelledby="job"
        className="rounded-xl bg-white p-5 ring-1 ring-slate-200"
        data-testid="ndr-rules-job"
      >
        <h2 id="job" className="text-lg font-bold text-slate-900">
          What the job does
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-5 text-sm text-slate-800">
          {items.map((r) => (
            <li key={r.id}>{r.sentence}</li>
          ))}
          <li>Failed deliveries no rule fits wait for ops in the NDR queue.</li>
        </ul>
        <p className="mt-3 text-sm text-slate-600">
          When several rules fit a parcel, the one naming a reason wins, then the one naming a
          payment method. An answer from the buyer or ops before the wait ends always comes first.
        </p>
      </section>
      <FormDialog
        open={deleting !== null}
        title="Delete this rule?"
        width="md"
        onSubmit={() => deleting && remove.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
      >
        <p className="text-slate-800">{deleting?.sentence}</p>
        <p className="text-sm text-slate-600">
          Failed deliveries it would have handled wait for ops or for another rule.
        </p>
        {remove.error && (
          <p role="alert" className="text-sm text-red-700">
            {remove.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => setDeleting(null)}>
            Keep it
          </Button>
          <Button type="submit" variant="danger" disabled={remove.isPending}>
            {remove.isPending ? "Deleting…" : "Delete rule"}
          </Button>
        </div>
      </FormDialog>
      {editing && (
        <NdrRuleDialog
          rule={editing === "new" ? null : editing}
          pending={save.isPending}
          error={save.error}
          onSave={(body) => save.mutate(body)}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

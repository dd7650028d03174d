"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import type { AccountFreightRule } from "@/lib/freight/get-freight-rules";
import type { FreightRuleInput } from "@/lib/validation/freight";

const FIELDS: [keyof FreightRuleInput, string, string][] = [
  ["volumetricDivisor", "Volumetric divisor", "L × B × H (cm) ÷ this = kg"],
  ["slabGrams", "Weight slab (g)", "charged weight rounds up to whole slabs"],
  ["toleranceGrams", "Tolerance (g)", "the larger of grams and percent is allowed"],
  ["tolerancePercent", "Tolerance (%)", "of the expected weight"],
  ["disputeWindowDays", "Dispute window (days)", "from the day the courier charged"],
];

const describe = (r: AccountFreightRule) =>
  `÷ ${r.volumetricDivisor} · ${r.slabGrams} g slabs · tolerance ${r.toleranceGrams} g or ${r.tolerancePercent}% · dispute within ${r.disputeWindowDays} days`;

/** Each courier account's weight rule; the admin edits one in a dialog. */
export function FreightRules({
  rules,
  editable,
}: {
  rules: AccountFreightRule[];
  editable: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<AccountFreightRule | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      postJson(
        `/api/admin/freight-rules/${encodeURIComponent(editing!.courierAccountId)}`,
        values,
        "PUT",
      ),
    onSuccess: () => {
      setEditing(null);
      router.refresh();
    },
  });
  const open = (r: AccountFreightRule) => {
    save.reset();
    setValues(Object.fromEntries(FIELDS.map(([key]) => [key, String(r[key])])));
    setEditing(r);
  };
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  return (
    <>
      <ul className="flex flex-col gap-2" aria-label="Courier weight rules">
        {rules.map((r) => (
          <li
            key={r.courierAccountId}
            className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-white p-3 ring-1 ring-slate-200"
          >
            <div>
              <p className="font-semibold text-slate-900">
                <span className="capitalize">{r.courier.toLowerCase()}</span> · {r.accountName}
                {!r.edited && (
                  <span className="ml-2 text-xs font-normal text-slate-500">
                    courier&apos;s published default
                  </span>
                )}
              </p>
              <p className="text-sm text-slate-600">{describe(r)}</p>
            </div>
            {editable && (
              <Button variant="secondary" onClick={() => open(r)}>
                Edit
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormDialog
        open={editing !== null}
        title={`Weight rule · ${editing?.accountName ?? ""}`}
        width="md"
        onSubmit={() => save.mutate()}
        onClose={() => setEditing(null)}
      >
        {FIELDS.map(([key, label, hint]) => (
          <TextField
            key={key}
            label={label}
            hint={hint}
            inputMode="numeric"
            value={values[key] ?? ""}
            error={fieldErrors[key]?.[0]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
          />
        ))}
        {save.error && Object.keys(fieldErrors).length === 0 && (
          <p role="alert" className="text-sm text-red-700">
            {save.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
            Cancel
          </Button>
          <Button type="submit" disabled={save.isPending}>
            Save
          </Button>
        </div>
      </FormDialog>
    </>
  );
}

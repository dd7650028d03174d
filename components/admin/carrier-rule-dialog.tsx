"use client";

import { useState } from "react";
import { DialogActions, FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import { describeRule } from "@/lib/shipping/rates/describe-carrier-rule";
import { carrierRule, type CarrierRule } from "@/lib/validation/carrier-rules";
import { CarrierActionFields, type AccountOption } from "./carrier-action-fields";
import { toFields, toRule, type RuleFields } from "./carrier-rule-form";

/**
 * Adds or edits one carrier rule. The same schema as the server checks it as the admin types,
 * naming the field at fault; a valid rule is explained in one sentence before it is saved.
 */
export function CarrierRuleDialog({
  rule,
  position,
  accounts,
  pending,
  error,
  onSave,
  onClose,
}: {
  rule: CarrierRule | null;
  position: number;
  accounts: AccountOption[];
  pending: boolean;
  error: Error | null;
  onSave: (rule: CarrierRule) => void;
  onClose: () => void;
}) {
  const [f, setF] = useState<RuleFields>(() => toFields(rule, accounts[0]?.id ?? null));
  const [tried, setTried] = useState(false);
  const field = (key: keyof Omit<RuleFields, "action">) => ({
    name: key,
    value: f[key],
    onChange: (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value }),
  });
  const parsed = carrierRule.safeParse(toRule(f));
  const problems = parsed.success ? [] : parsed.error.issues;
  const problemAt = (...path: string[]) =>
    tried
      ? problems.find((i) => path.some((p) => i.path.join(".").includes(p)))?.message
      : undefined;
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return (
    <FormDialog
      open
      title={rule ? `Edit rule ${position}` : "Add a carrier rule"}
      width="xl"
      onSubmit={() => {
        setTried(true);
        if (parsed.success) onSave(parsed.data);
      }}
      onClose={onClose}
    >
      <TextField
        label="Name"
        {...field("name")}
        placeholder="Heavy COD to the west"
        error={problemAt("name")}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
          Payment
          <select
            {...field("payment")}
            className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base font-normal"
          >
            <option value="ANY">COD and prepaid</option>
            <option value="COD">COD only</option>
            <option value="PREPAID">Prepaid only</option>
          </select>
        </label>
        <TextField
          label="Weight from (g)"
          inputMode="numeric"
          {...field("minWeight")}
          error={problemAt("minWeightGrams")}
        />
        <TextField
          label="Weight up to (g)"
          inputMode="numeric"
          {...field("maxWeight")}
          error={problemAt("maxWeightGrams")}
        />
        <TextField
          label="Order value from (₹)"
          inputMode="decimal"
          {...field("minValue")}
          error={problemAt("minValuePaise")}
        />
        <TextField
          label="Order value up to (₹)"
          inputMode="decimal"
          {...field("maxValue")}
          error={problemAt("maxValuePaise")}
        />
        <TextField
          label="RTO risk score at least"
          inputMode="numeric"
          {...field("minRisk")}
          hint="0–100; unscored orders never match"
          error={problemAt("minRiskScore")}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Zones (pincode prefixes)"
          {...field("zones")}
          placeholder="40-44, 560"
          hint="Empty: anywhere. A range like 40-44 means 40, 41 … 44."
          error={problemAt("zones")}
        />
        <TextField
          label="Pincodes"
          {...field("pincodes")}
          placeholder="560034, 110001"
          hint="Also matched when the parcel goes to one of these."
          error={problemAt("pincodes")}
        />
      </div>
      <CarrierActionFields
        action={f.action}
        accounts={accounts}
        onChange={(action) => setF({ ...f, action })}
      />
      {problemAt("accountIds") && <p className="text-sm text-red-700">{problemAt("accountIds")}</p>}
      {parsed.success && (
        <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="rule-preview">
          {describeRule(position, parsed.data, names)}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <DialogActions
        submitLabel={rule ? "Save rule" : "Add rule"}
        pending={pending}
        onCancel={onClose}
      />
    </FormDialog>
  );
}

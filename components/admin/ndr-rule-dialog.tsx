"use client";

import { useState } from "react";
import { DialogActions, FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import { describeNdrRule } from "@/lib/ndr/describe-ndr-rule";
import { ndrRuleBody } from "@/lib/validation/ndr-rule";
import { ApiError } from "./api";

export interface NdrRuleFields {
  paymentMethod: "COD" | "PREPAID" | null;
  reasonContains: string | null;
  waitHours: number;
  maxAttempts: number;
}

const asNumber = (v: string) => (v.trim() === "" ? null : Number(v));

/** Adds or edits one NDR rule; the sentence below the fields says what the job will do. */
export function NdrRuleDialog({
  rule,
  pending,
  error,
  onSave,
  onClose,
}: {
  rule: NdrRuleFields | null;
  pending: boolean;
  error: Error | null;
  onSave: (body: unknown) => void;
  onClose: () => void;
}) {
  const [payment, setPayment] = useState(rule?.paymentMethod ?? "");
  const [reason, setReason] = useState(rule?.reasonContains ?? "");
  const [hours, setHours] = useState(String(rule?.waitHours ?? 24));
  const [attempts, setAttempts] = useState(String(rule?.maxAttempts ?? 2));
  const fieldError = (n: string) =>
    error instanceof ApiError ? error.fieldErrors[n]?.[0] : undefined;
  const body = {
    paymentMethod: payment || null,
    reasonContains: reason.trim() || null,
    waitHours: asNumber(hours),
    maxAttempts: asNumber(attempts),
  };
  // The same checks as the server: a sentence only for a rule it would accept.
  const valid = ndrRuleBody.safeParse(body);
  const preview = valid.success ? describeNdrRule(valid.data) : null;
  // Mounted only while a rule is being added or edited: open straight away.
  return (
    <FormDialog
      open
      title={rule ? "Edit the NDR rule" : "Add an NDR rule"}
      onSubmit={() => onSave(body)}
      onClose={onClose}
    >
      <label className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
        Payment method
        <select
          name="paymentMethod"
          value={payment}
          onChange={(e) => setPayment(e.target.value as typeof payment)}
          aria-invalid={fieldError("paymentMethod") ? true : undefined}
          className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base font-normal"
        >
          <option value="">Any (COD and prepaid)</option>
          <option value="COD">COD</option>
          <option value="PREPAID">Prepaid</option>
        </select>
        {fieldError("paymentMethod") && (
          <span className="font-normal text-red-700">{fieldError("paymentMethod")}</span>
        )}
      </label>
      <TextField
        label="Courier reason mentions"
        name="reasonContains"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder="refused"
        hint="Empty: any reason. Matched in any case."
        error={fieldError("reasonContains")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Wait for an answer (hours)"
          name="waitHours"
          type="number"
          inputMode="numeric"
          min={1}
          max={168}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          hint="1 to 168"
          error={fieldError("waitHours")}
        />
        <TextField
          label="Attempts before the return"
          name="maxAttempts"
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          value={attempts}
          onChange={(e) => setAttempts(e.target.value)}
          hint="1 to 5"
          error={fieldError("maxAttempts")}
        />
      </div>
      {preview && (
        <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="rule-preview">
          {preview}
        </p>
      )}
      {error && !(error instanceof ApiError && Object.keys(error.fieldErrors).length) && (
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

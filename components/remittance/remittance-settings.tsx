"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { RemittanceRules, ReportColumns } from "@/lib/remittance/courier-defaults";
import { COURIER_LABEL } from "./labels";

const FIELDS: [keyof ReportColumns, string][] = [
  ["awb", "AWB column"],
  ["amount", "Amount column (rupees)"],
  ["reference", "Reference / UTR column"],
  ["remittedAt", "Remittance date column (IST)"],
];

/** The admin's per-courier report headings and late threshold, each in its own dialog. */
export function RemittanceSettings({ rules }: { rules: Record<CourierCode, RemittanceRules> }) {
  const [open, setOpen] = useState<CourierCode | null>(null);
  return (
    <div className="flex flex-wrap gap-2">
      {(Object.keys(rules) as CourierCode[]).map((courier) => (
        <Button key={courier} variant="secondary" onClick={() => setOpen(courier)}>
          {COURIER_LABEL[courier]} report settings
        </Button>
      ))}
      {open && <SettingsDialog courier={open} rules={rules[open]} onClose={() => setOpen(null)} />}
    </div>
  );
}

function SettingsDialog(props: {
  courier: CourierCode;
  rules: RemittanceRules;
  onClose: () => void;
}) {
  const router = useRouter();
  const [days, setDays] = useState(String(props.rules.lateAfterDays));
  const [columns, setColumns] = useState(props.rules.columns);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const res = await fetch(`/api/remittance/settings/${props.courier}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lateAfterDays: Number(days), columns }),
    }).catch(() => null);
    if (!res?.ok) {
      const body = (await res?.json().catch(() => null)) as {
        detail?: string;
        errors?: Record<string, string[]>;
      } | null;
      const first = body?.errors ? Object.values(body.errors)[0]?.[0] : undefined;
      return setError(first ?? body?.detail ?? "Saving failed; try again.");
    }
    props.onClose();
    router.refresh();
  }

  return (
    <FormDialog
      open
      title={`${COURIER_LABEL[props.courier]} remittance report`}
      onSubmit={() => void save()}
      onClose={props.onClose}
    >
      <TextField
        label="Late after (days from delivery)"
        inputMode="numeric"
        value={days}
        onChange={(e) => setDays(e.target.value)}
      />
      {FIELDS.map(([field, label]) => (
        <TextField
          key={field}
          label={label}
          value={columns[field]}
          onChange={(e) => setColumns({ ...columns, [field]: e.target.value })}
        />
      ))}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={props.onClose}>
          Cancel
        </Button>
        <Button type="submit">Save</Button>
      </div>
    </FormDialog>
  );
}

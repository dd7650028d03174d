"use client";

import { useState } from "react";
import { DialogActions, FormDialog } from "@/components/ui/form-dialog";
import { carrierRuleAction, type CarrierRuleAction } from "@/lib/validation/carrier-rules";
import { CarrierActionFields, type AccountOption } from "./carrier-action-fields";

/** Edits what happens to a parcel no carrier rule matches. */
export function CarrierDefaultDialog({
  action,
  accounts,
  pending,
  error,
  onSave,
  onClose,
}: {
  action: CarrierRuleAction;
  accounts: AccountOption[];
  pending: boolean;
  error: Error | null;
  onSave: (action: CarrierRuleAction) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(action);
  const parsed = carrierRuleAction.safeParse(value);
  return (
    <FormDialog
      open
      title="When no rule matches"
      onSubmit={() => parsed.success && onSave(parsed.data)}
      onClose={onClose}
    >
      <CarrierActionFields action={value} accounts={accounts} onChange={setValue} />
      {!parsed.success && <p className="text-sm text-red-700">{parsed.error.issues[0]?.message}</p>}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <DialogActions
        submitLabel="Save"
        pending={pending}
        disabled={!parsed.success}
        onCancel={onClose}
      />
    </FormDialog>
  );
}

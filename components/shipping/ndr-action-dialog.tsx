"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import type { NdrActionInput } from "@/lib/validation/ndr";

export type NdrKind = NdrActionInput["kind"];

export interface NdrFormValues {
  date: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  landmark: string;
  remarks: string;
}

const dayFormat = new Intl.DateTimeFormat("en-IN", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** A YYYY-MM-DD day (already India's day) as "Mon, 23 Nov". */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

export const emptyNdrForm = (date: string): NdrFormValues => ({
  date,
  phone: "",
  addressLine1: "",
  addressLine2: "",
  landmark: "",
  remarks: "",
});

/**
 * The re-attempt form (day, and only what changed: phone, address, landmark, remarks) or the
 * return-to-origin confirmation. Typed values survive an error; each field shows its own.
 */
export function NdrActionDialog({
  kind,
  awb,
  initial,
  dateWindow,
  pending,
  error,
  fieldErrors,
  onSubmit,
  onEdit,
  onClose,
}: {
  kind: NdrKind | null;
  awb: string;
  initial: NdrFormValues;
  dateWindow: { first: string; last: string };
  pending: boolean;
  error: string | null;
  fieldErrors: Record<string, string[]>;
  onSubmit: (body: NdrActionInput) => void;
  /** a field changed: the last answer's errors no longer describe what is typed */
  onEdit: () => void;
  onClose: () => void;
}) {
  const [values, setValues] = useState(initial);
  // Each opening starts from the form's initial values (set while rendering, React's way of
  // resetting state when a prop changes).
  const [openedAs, setOpenedAs] = useState<NdrKind | null>(null);
  if (kind !== openedAs) {
    setOpenedAs(kind);
    if (kind) setValues(initial);
  }
  const set = (key: keyof NdrFormValues) => (e: { target: { value: string } }) => {
    onEdit();
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };
  const fieldError = (key: string) => fieldErrors[key]?.[0];
  const rto = kind === "RTO";
  const id = useId();
  const submit = () =>
    onSubmit(
      rto
        ? { kind: "RTO", remarks: values.remarks }
        : {
            kind: "REATTEMPT",
            date: values.date,
            phone: values.phone,
            addressLine1: values.addressLine1,
            addressLine2: values.addressLine2,
            landmark: values.landmark,
            remarks: values.remarks,
          },
    );
  return (
    <FormDialog
      open={kind !== null}
      title={rto ? "Return to origin?" : "Ask for a re-attempt"}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="text-sm text-slate-600">
        AWB <span className="font-mono">{awb}</span>.{" "}
        {rto
          ? "The courier stops trying and brings the parcel back to the warehouse. This cannot be undone."
          : "Fill in only what changed; the courier keeps the rest."}
      </p>
      {!rto && (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="Re-attempt on"
            type="date"
            required
            min={dateWindow.first}
            max={dateWindow.last}
            value={values.date}
            onChange={set("date")}
            error={fieldError("date")}
            hint={`${formatDay(dateWindow.first)} to ${formatDay(dateWindow.last)}`}
          />
          <TextField
            label="New phone (optional)"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder="98765 43210"
            value={values.phone}
            onChange={set("phone")}
            error={fieldError("phone")}
          />
          <div className="sm:col-span-2">
            <TextField
              label="House and street (optional)"
              value={values.addressLine1}
              onChange={set("addressLine1")}
              error={fieldError("addressLine1")}
            />
          </div>
          <TextField
            label="Area (optional)"
            value={values.addressLine2}
            onChange={set("addressLine2")}
            error={fieldError("addressLine2")}
          />
          <TextField
            label="Landmark (optional)"
            value={values.landmark}
            onChange={set("landmark")}
            error={fieldError("landmark")}
          />
        </div>
      )}
      <label htmlFor={`${id}-remarks`} className="text-sm font-semibold text-slate-700">
        {rto ? "Reason for the courier (optional)" : "Remarks for the delivery agent (optional)"}
      </label>
      <textarea
        id={`${id}-remarks`}
        rows={2}
        maxLength={200}
        value={values.remarks}
        onChange={set("remarks")}
        className="rounded-lg border border-slate-300 p-3 text-base focus:border-brand-600"
        placeholder={rto ? "e.g. Customer refused on call" : "e.g. Call before coming, after 6 pm"}
      />
      {fieldError("remarks") && <p className="text-sm text-red-700">{fieldError("remarks")}</p>}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onClose}>
          {rto ? "Keep trying delivery" : "Close"}
        </Button>
        <Button type="submit" variant={rto ? "danger" : "primary"} disabled={pending}>
          {pending ? "Sending…" : rto ? "Return to origin" : "Request re-attempt"}
        </Button>
      </div>
    </FormDialog>
  );
}

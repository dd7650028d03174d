"use client";

import { useState } from "react";
import { DialogActions, FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import type { PickupLocationAddress } from "@/lib/dispatch/locations/location-view";
import { WEEKDAYS, type OpeningHours } from "@/lib/validation/pickup-location";
import { ApiError } from "./api";

export type PickupLocationFields = PickupLocationAddress & { openingHours: OpeningHours };

const TEXT: [keyof PickupLocationFields, string, string?][] = [
  ["name", "Location name", "How couriers will know it; up to 36 characters."],
  ["line1", "Address line 1"],
  ["line2", "Address line 2 (optional)"],
  ["city", "City"],
  ["state", "State"],
  ["pincode", "Pincode"],
  ["contactName", "Contact name"],
  ["contactPhone", "Contact mobile", "10 digits"],
  ["contactEmail", "Contact e-mail"],
  ["gstin", "GSTIN (optional)", "Ekart books only with the seller's GSTIN."],
];
const WORKWEEK: OpeningHours = Object.fromEntries(
  WEEKDAYS.slice(0, 6).map((d) => [d, { open: "09:30", close: "18:30" }]),
);

/** Adds or edits a pickup location; a changed address is registered again with every courier. */
export function PickupLocationDialog({
  location,
  pending,
  error,
  onSave,
  onClose,
}: {
  location: PickupLocationFields | null;
  pending: boolean;
  error: Error | null;
  onSave: (body: unknown) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState<Record<string, string>>(() =>
    Object.fromEntries(TEXT.map(([k]) => [k, String(location?.[k] ?? "")])),
  );
  const [hours, setHours] = useState<OpeningHours>(location?.openingHours ?? WORKWEEK);
  const fieldError = (n: string) =>
    error instanceof ApiError
      ? (error.fieldErrors[n]?.[0] ??
        Object.entries(error.fieldErrors).find(([k]) => k.startsWith(`${n}.`))?.[1][0])
      : undefined;
  const setDay = (day: (typeof WEEKDAYS)[number], part: "open" | "close" | null, v = "") =>
    setHours((h) => {
      const next = { ...h };
      if (part === null) {
        if (next[day]) delete next[day];
        else next[day] = { open: "09:30", close: "18:30" };
      } else next[day] = { ...(next[day] ?? { open: "09:30", close: "18:30" }), [part]: v };
      return next;
    });
  return (
    <FormDialog
      open
      title={location ? `Edit ${location.name}` : "Add a pickup location"}
      onSubmit={() => onSave({ ...text, openingHours: hours })}
      onClose={onClose}
    >
      <div className="grid max-h-[60dvh] gap-3 overflow-y-auto pr-1 sm:grid-cols-2">
        {TEXT.map(([key, label, hint]) => (
          <TextField
            key={key}
            label={label}
            name={key}
            value={text[key]}
            inputMode={key === "pincode" || key === "contactPhone" ? "numeric" : undefined}
            onChange={(e) => setText((t) => ({ ...t, [key]: e.target.value }))}
            hint={hint}
            error={fieldError(key)}
          />
        ))}
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-semibold text-slate-700">Opening hours (IST)</legend>
          <div className="mt-1 grid gap-1">
            {WEEKDAYS.map((day) => (
              <div key={day} className="flex items-center gap-2 text-sm">
                <label className="flex w-20 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={Boolean(hours[day])}
                    onChange={() => setDay(day, null)}
                  />
                  {day}
                </label>
                {hours[day] ? (
                  <>
                    <input
                      aria-label={`${day} opens`}
                      type="time"
                      value={hours[day].open}
                      onChange={(e) => setDay(day, "open", e.target.value)}
                      className="rounded border border-slate-300 px-2 py-1"
                    />
                    <span>to</span>
                    <input
                      aria-label={`${day} closes`}
                      type="time"
                      value={hours[day].close}
                      onChange={(e) => setDay(day, "close", e.target.value)}
                      className="rounded border border-slate-300 px-2 py-1"
                    />
                  </>
                ) : (
                  <span className="text-slate-500">Closed</span>
                )}
              </div>
            ))}
          </div>
          {fieldError("openingHours") && (
            <p className="mt-1 text-sm text-red-700">{fieldError("openingHours")}</p>
          )}
        </fieldset>
      </div>
      {error && !(error instanceof ApiError && Object.keys(error.fieldErrors).length) && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
      <DialogActions
        submitLabel={location ? "Save location" : "Add location"}
        pending={pending}
        onCancel={onClose}
      />
    </FormDialog>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiError, postJson } from "./api-client";
import type { OrderDetailJson } from "./order-detail-types";

const FIELDS = [
  ["customerName", "Name", "name"],
  ["customerPhone", "Phone", "tel"],
  ["addressLine1", "House and street", "address-line1"],
  ["addressLine2", "Area (optional)", "address-line2"],
  ["landmark", "Landmark (optional)", "off"],
  ["city", "City", "address-level2"],
  ["state", "State", "address-level1"],
  ["pincode", "Pincode", "postal-code"],
] as const;
type Field = (typeof FIELDS)[number][0];

/** Edits the delivery address; on an error the typed values stay and each field shows why. */
export function AddressForm({
  order,
  onSaved,
  onCancel,
}: {
  order: OrderDetailJson;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Record<Field, string>>(
    () =>
      Object.fromEntries(FIELDS.map(([key]) => [key, order[key] ?? ""])) as Record<Field, string>,
  );
  const save = useMutation({
    mutationFn: () =>
      postJson(
        `/api/orders/${order.id}/address`,
        { ...values, expectedVersion: order.version },
        "PATCH",
      ),
    onSuccess: onSaved,
  });
  const error = save.error instanceof ApiError ? save.error : null;
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {FIELDS.map(([key, label, autoComplete]) => (
        <div
          key={key}
          className={key === "addressLine1" || key === "addressLine2" ? "sm:col-span-2" : ""}
        >
          <TextField
            label={label}
            name={key}
            autoComplete={autoComplete}
            inputMode={key === "pincode" ? "numeric" : key === "customerPhone" ? "tel" : undefined}
            value={values[key]}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            error={error?.fieldErrors[key]?.[0]}
          />
        </div>
      ))}
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700 sm:col-span-2">
          {Object.keys(error.fieldErrors).length > 0
            ? "Please correct the highlighted fields; nothing was saved yet."
            : error.message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save address"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

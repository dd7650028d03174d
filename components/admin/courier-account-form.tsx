"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { COURIER_CODES, COURIER_LABEL } from "@/lib/validation/courier-account";
import { api, ApiError } from "./api";
import {
  BASE_URL_EXAMPLE,
  CREDENTIAL_FIELDS,
  type CourierAccountItem,
} from "./courier-account-fields";
import { CourierSecretsFields } from "./courier-secrets-fields";

const checkbox = "flex min-h-11 items-center gap-3 text-sm font-semibold text-slate-700";

/** Add a courier account (no `account`) or edit one; credentials and webhook secret write-only. */
export function CourierAccountForm({
  account,
  onDone,
  onCancel,
}: {
  account?: CourierAccountItem;
  onDone: (saved: CourierAccountItem) => void;
  onCancel: () => void;
}) {
  const client = useQueryClient();
  const headingId = useId();
  const [courier, setCourier] = useState<CourierCode>(account?.courier ?? "SHIPROCKET");
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      account
        ? api<CourierAccountItem>(`/api/admin/courier-accounts/${account.id}`, {
            method: "PATCH",
            body,
          })
        : api<CourierAccountItem>("/api/admin/courier-accounts", { method: "POST", body }),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: ["admin-courier-accounts"] });
      onDone(saved);
    },
  });
  const fieldError = (name: string) =>
    save.error instanceof ApiError ? save.error.fieldErrors[name]?.[0] : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const credentials = Object.fromEntries(
      CREDENTIAL_FIELDS[courier].map((f) => [f.name, text(`credentials.${f.name}`)]),
    );
    // Editing: all credential fields empty keeps the stored ones.
    const replaceCredentials = !account || Object.values(credentials).some((v) => v.trim());
    save.mutate({
      ...(account ? {} : { courier }),
      name: text("name"),
      baseUrl: text("baseUrl"),
      pickupPincode: text("pickupPincode"),
      pickupLocationName: text("pickupLocationName"),
      priority: text("priority"),
      dryRun: form.get("dryRun") === "on",
      ...(account ? {} : { active: form.get("active") === "on" }),
      ...(replaceCredentials ? { credentials } : {}),
      webhookSecret: text("webhookSecret"),
    });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-labelledby={headingId}
      className="space-y-5 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:p-5"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-900">
        {account ? `Edit ${account.name}` : "Add a courier account"}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {account ? (
          <p className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700">
            Courier
            <span className="flex min-h-12 items-center text-base font-normal text-slate-900">
              {COURIER_LABEL[courier]}
            </span>
          </p>
        ) : (
          <div className="flex flex-col gap-1.5">
            <label
              htmlFor={`${headingId}-courier`}
              className="text-sm font-semibold text-slate-700"
            >
              Courier
            </label>
            <select
              id={`${headingId}-courier`}
              value={courier}
              onChange={(e) => setCourier(e.target.value as CourierCode)}
              className="min-h-12 rounded-lg border border-slate-300 bg-white px-3"
            >
              {COURIER_CODES.map((code) => (
                <option key={code} value={code}>
                  {COURIER_LABEL[code]}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField
          label="Account name"
          name="name"
          defaultValue={account?.name}
          required
          error={fieldError("name")}
          hint="Unique per courier, e.g. “Bengaluru warehouse”"
        />
        <TextField
          label="API base URL"
          name="baseUrl"
          type="url"
          defaultValue={account?.baseUrl}
          placeholder={BASE_URL_EXAMPLE[courier]}
          required
          error={fieldError("baseUrl")}
        />
        <TextField
          label="Pickup pincode"
          name="pickupPincode"
          inputMode="numeric"
          maxLength={6}
          defaultValue={account?.pickupPincode}
          required
          error={fieldError("pickupPincode")}
        />
        <TextField
          label="Pickup location name"
          name="pickupLocationName"
          defaultValue={account?.pickupLocationName ?? ""}
          error={fieldError("pickupLocationName")}
          hint="As registered with the courier (optional)"
        />
        <TextField
          label="Priority"
          name="priority"
          type="number"
          min={1}
          max={999}
          defaultValue={account?.priority ?? 100}
          error={fieldError("priority")}
          hint="1 is tried first when choosing a courier"
        />
      </div>
      <CourierSecretsFields courier={courier} account={account} fieldError={fieldError} />
      <div className="flex flex-wrap gap-x-6">
        <label className={checkbox}>
          <input
            type="checkbox"
            name="dryRun"
            defaultChecked={account?.dryRun ?? false}
            className="h-5 w-5 accent-brand-600"
          />
          Dry run (book nothing for real)
        </label>
        {!account && (
          <label className={checkbox}>
            <input
              type="checkbox"
              name="active"
              defaultChecked
              className="h-5 w-5 accent-brand-600"
            />
            Active
          </label>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : account ? "Save changes" : "Add account"}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {save.error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {save.error instanceof ApiError && save.error.status === 422
              ? "Check the fields marked in red."
              : save.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type {
  CodConfirmationRule,
  CodConfirmationRuleInput,
} from "@/lib/validation/cod-confirmation";
import { api, ApiError } from "./api";

const box = "size-5 accent-brand-600";
const row = "flex min-h-11 items-center gap-2 text-sm text-slate-800";

/** The admin's rule: which COD orders wait for the buyer's confirmation, the deadline, the channels. */
export function CodConfirmationForm() {
  const current = useQuery({
    queryKey: ["admin-cod-confirmation"],
    queryFn: () => api<CodConfirmationRule>("/api/admin/cod-confirmation"),
  });
  const save = useMutation({
    mutationFn: (body: CodConfirmationRuleInput) =>
      api<CodConfirmationRule>("/api/admin/cod-confirmation", { method: "PUT", body }),
  });
  if (current.isPending) return <p className="text-slate-500">Loading…</p>;
  if (current.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load the COD confirmation rule.
      </p>
    );
  const rule = current.data;
  const err = (field: string) =>
    save.error instanceof ApiError ? save.error.fieldErrors[field]?.[0] : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const num = (name: string) => {
      const raw = String(form.get(name) ?? "").trim();
      return raw === "" ? null : Number(raw);
    };
    save.mutate({
      enabled: form.get("enabled") === "on",
      everyCod: form.get("everyCod") === "on",
      minAmountRupees: num("minAmountRupees"),
      minRiskScore: num("minRiskScore"),
      combine: form.get("combine") === "ALL" ? "ALL" : "ANY",
      deadlineHours: num("deadlineHours") ?? Number.NaN,
      channels: (["WHATSAPP", "SMS"] as const).filter((c) => form.get(c) === "on"),
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex max-w-3xl flex-col gap-5 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <label className={`${row} font-semibold`}>
        <input type="checkbox" name="enabled" className={box} defaultChecked={rule.enabled} />
        Ask buyers to confirm COD orders before they are picked
      </label>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-bold text-slate-900">Which COD orders</legend>
        <label className={row}>
          <input type="checkbox" name="everyCod" className={box} defaultChecked={rule.everyCod} />
          Every COD order
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="COD amount at or above (₹)"
            name="minAmountRupees"
            type="number"
            inputMode="decimal"
            defaultValue={rule.minAmountPaise === null ? "" : String(rule.minAmountPaise / 100)}
            hint="Leave empty to not use the amount."
            error={err("minAmountRupees")}
          />
          <TextField
            label="RTO risk score at or above (1–100)"
            name="minRiskScore"
            type="number"
            inputMode="numeric"
            defaultValue={rule.minRiskScore === null ? "" : String(rule.minRiskScore)}
            hint="Orders without a risk score are not selected by this; their history says so."
            error={err("minRiskScore")}
          />
        </div>
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
          When both are set
          <select
            name="combine"
            defaultValue={rule.combine}
            className="min-h-12 max-w-sm rounded-lg border border-slate-300 bg-white px-3 text-base"
          >
            <option value="ANY">Either one selects the order</option>
            <option value="ALL">Both must hold</option>
          </select>
        </label>
        {err("everyCod") && (
          <p role="alert" className="text-sm text-red-700">
            {err("everyCod")}
          </p>
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Deadline (hours)"
          name="deadlineHours"
          type="number"
          inputMode="numeric"
          defaultValue={String(rule.deadlineHours)}
          hint="After this, an unanswered order goes to ops to call (listed as “No answer”)."
          error={err("deadlineHours")}
        />
        <fieldset>
          <legend className="mb-1 text-sm font-semibold text-slate-700">Ask on</legend>
          {(
            [
              ["WHATSAPP", "WhatsApp (Confirm and Cancel buttons)"],
              ["SMS", "SMS (link to the confirmation page)"],
            ] as const
          ).map(([channel, label]) => (
            <label key={channel} className={row}>
              <input
                type="checkbox"
                name={channel}
                className={box}
                defaultChecked={rule.channels.includes(channel)}
              />
              {label}
            </label>
          ))}
          {err("channels") && <p className="text-sm text-red-700">{err("channels")}</p>}
        </fieldset>
      </div>
      <p className="text-sm text-slate-600">
        The wording is the “Confirm COD order” message under{" "}
        <Link
          href="/admin/notifications/templates"
          className="font-semibold text-brand-700 underline"
        >
          customer messages
        </Link>
        . Quiet hours delay the message, and the deadline counts from when it goes out.
      </p>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save rule"}
        </Button>
        {save.isSuccess && (
          <p role="status" className="text-sm text-emerald-700">
            Saved. It applies to orders placed from now on.
          </p>
        )}
        {save.error && !Object.keys((save.error as ApiError).fieldErrors ?? {}).length && (
          <p role="alert" className="text-sm text-red-700">
            {save.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ApiError, postJson } from "@/components/orders/api-client";
import { Button } from "@/components/ui/button";
import type { BillingImportResult } from "@/lib/freight/import-billing-file";

/**
 * Ops upload one courier account's billing (weight-discrepancy) CSV. A refused file lists each
 * wrong line and why; an accepted one says what it changed. The page reloads after an import.
 */
export function BillingUpload({ accounts }: { accounts: { id: string; label: string }[] }) {
  const router = useRouter();
  const accountId = useId();
  const fileId = useId();
  const [account, setAccount] = useState(accounts[0]?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async () => {
      if (!file) throw new ApiError(0, "NO_FILE", "Choose the courier's CSV file first.");
      const csv = await file.text();
      return postJson<BillingImportResult>("/api/freight/billing-imports", {
        courierAccountId: account,
        fileName: file.name,
        csv,
      });
    },
    onSuccess: () => router.refresh(),
  });
  const error = upload.error;
  const rows = error instanceof ApiError ? Object.entries(error.fieldErrors) : [];
  const done = upload.data;
  return (
    <form
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        upload.mutate();
      }}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <label
          htmlFor={accountId}
          className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700"
        >
          Courier account
          <select
            id={accountId}
            value={account}
            onChange={(e) => setAccount(e.target.value)}
            className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base font-normal"
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label
          htmlFor={fileId}
          className="flex flex-col gap-1.5 text-sm font-semibold text-slate-700"
        >
          Billing file (CSV)
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              upload.reset();
              setFile(e.target.files?.[0] ?? null);
            }}
            className="min-h-12 text-base font-normal"
          />
        </label>
        <Button type="submit" disabled={upload.isPending || !account}>
          {upload.isPending ? "Importing…" : "Import file"}
        </Button>
      </div>
      {done && (
        <p role="status" className="text-sm text-emerald-800">
          {done.duplicate
            ? `This file was imported before (${done.rows} rows): nothing changed.`
            : `${done.rows} rows read, ${done.applied} charges new or changed, ${done.flagged} flagged.`}
        </p>
      )}
      {error && (
        <div role="alert" className="text-sm text-red-800">
          <p className="font-semibold">{error.message}</p>
          {rows.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {rows.map(([line, reasons]) => (
                <li key={line}>
                  {line}: {reasons.join("; ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/components/orders/format";

interface Account {
  id: string;
  name: string;
}

type Outcome =
  | { kind: "done"; text: string }
  | { kind: "refused"; title: string; rows: { line: number; reason: string }[]; count: number };

/** An admin or ops uploads a courier's remittance report: sent as it is, read on the server. */
export function RemittanceUpload({ accounts }: { accounts: Account[] }) {
  const router = useRouter();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ids = { account: useId(), file: useId() };

  async function upload() {
    if (!file) return setOutcome({ kind: "done", text: "Choose the report's CSV file first." });
    setBusy(true);
    setOutcome(null);
    const query = new URLSearchParams({ accountId, fileName: file.name.slice(0, 200) });
    const res = await fetch(`/api/remittance/imports?${query}`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: file,
    }).catch(() => null);
    setBusy(false);
    const body = (await res?.json().catch(() => null)) as Record<string, unknown> | null;
    if (!res || !body) return setOutcome({ kind: "done", text: "The upload failed; try again." });
    if (!res.ok)
      return setOutcome({
        kind: "refused",
        title: String(body.detail ?? body.title ?? "The report was refused."),
        rows: (body.rows as { line: number; reason: string }[]) ?? [],
        count: Number(body.errorCount ?? 0),
      });
    setOutcome({
      kind: "done",
      text: body.alreadyImported
        ? "This file was imported before: nothing changed."
        : `Imported ${String(body.lineCount)} lines (${String(body.addedCount)} new), ${formatPaise(Number(body.totalPaise))} in all.`,
    });
    router.refresh();
  }

  return (
    <form
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4"
      aria-label="Import a remittance report"
      onSubmit={(e) => {
        e.preventDefault();
        void upload();
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor={ids.account} className="flex flex-col gap-1 text-sm font-semibold">
          Courier account
          <select
            id={ids.account}
            value={accountId}
            onChange={(e) => setAccountId(e.target.value)}
            className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 font-normal"
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.file} className="flex flex-col gap-1 text-sm font-semibold">
          Remittance report (CSV)
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="min-h-11 text-sm font-normal"
          />
        </label>
        <Button type="submit" disabled={busy || !accountId}>
          {busy ? "Importing…" : "Import report"}
        </Button>
      </div>
      {outcome?.kind === "done" && (
        <p role="status" className="text-sm text-slate-800">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === "refused" && (
        <div role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{outcome.title}</p>
          <ul className="mt-1 list-disc pl-5">
            {outcome.rows.map((r) => (
              <li key={`${r.line}:${r.reason}`}>
                {r.line > 0 ? `Line ${r.line}: ` : ""}
                {r.reason}
              </li>
            ))}
          </ul>
          {outcome.count > outcome.rows.length && (
            <p className="mt-1">…and {outcome.count - outcome.rows.length} more.</p>
          )}
        </div>
      )}
    </form>
  );
}

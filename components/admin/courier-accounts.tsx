"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { api } from "./api";
import { CourierAccountCard } from "./courier-account-card";
import type { CourierAccountItem } from "./courier-account-fields";
import { CourierAccountForm } from "./courier-account-form";

/** Admin → Courier accounts: the list, and a form to add one. */
export function CourierAccounts() {
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const accounts = useQuery({
    queryKey: ["admin-courier-accounts"],
    queryFn: () => api<{ items: CourierAccountItem[] }>("/api/admin/courier-accounts"),
  });

  return (
    <div className="flex flex-col gap-4">
      {adding ? (
        <CourierAccountForm
          onDone={(saved) => {
            setAdding(false);
            setAdded(saved.name);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => (setAdding(true), setAdded(null))}>Add courier account</Button>
          {added && (
            <p role="status" className="text-sm text-emerald-700">
              Added {added}. Test its connection before relying on it.
            </p>
          )}
        </div>
      )}
      {accounts.isPending ? (
        <p className="text-slate-500">Loading courier accounts…</p>
      ) : accounts.isError ? (
        <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-800 ring-1 ring-red-200">
          Unable to load courier accounts.{" "}
          <Button variant="secondary" onClick={() => void accounts.refetch()}>
            Retry
          </Button>
        </div>
      ) : accounts.data.items.length === 0 ? (
        <EmptyState title="No courier accounts yet">
          Add the Shiprocket, Ekart or Delhivery account Packline books parcels with.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {accounts.data.items.map((account) => (
            <li key={account.id}>
              <CourierAccountCard account={account} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ROLES, type Role } from "@/lib/auth/roles";
import { api } from "./api";
import { ResetPasswordDialog } from "./reset-password-dialog";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  signInDelayedUntil: string | null;
  lastLoginAt: string | null;
}

const ist = new Intl.DateTimeFormat("en-IN", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Kolkata",
});
const istTime = new Intl.DateTimeFormat("en-IN", { timeStyle: "short", timeZone: "Asia/Kolkata" });

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const client = useQueryClient();
  const router = useRouter();
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const users = useQuery({
    queryKey: ["admin-users"],
    queryFn: () => api<{ items: UserRow[] }>("/api/admin/users?limit=200"),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["admin-users"] });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      api(`/api/admin/users/${id}`, { method: "PATCH", body }),
    onSettled: refresh,
  });
  const clearDelay = useMutation({
    mutationFn: (id: string) => api(`/api/admin/users/${id}/sign-in-delay`, { method: "DELETE" }),
    onSettled: refresh,
  });
  const resetPassword = useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api(`/api/admin/users/${id}/password`, { method: "PUT", body: { password } }),
    onSuccess: (_data, { id }) => {
      setResetting(null);
      // Resetting one's own password ends this session too: go and sign in again.
      if (id === currentUserId) router.push("/login?next=%2Fadmin%2Fusers");
    },
    onSettled: refresh,
  });

  if (users.isPending) return <p className="text-slate-500">Loading users…</p>;
  if (users.isError) {
    return (
      <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-800 ring-1 ring-red-200">
        Unable to load users.{" "}
        <Button variant="secondary" onClick={() => void users.refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  const failure = update.error ?? clearDelay.error;
  return (
    <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200">
      {failure && (
        <p
          role="alert"
          className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm font-medium text-red-800"
        >
          {failure.message}
        </p>
      )}
      {/* A table from md up; on a phone each person is a card, wrapping role, status and actions. */}
      <table className="block w-full text-left text-sm md:table">
        <thead className="hidden bg-slate-50 text-xs tracking-wide text-slate-500 uppercase md:table-header-group">
          <tr>
            <th className="px-4 py-3">Person</th>
            <th className="px-4 py-3">Role</th>
            <th className="px-4 py-3">Status</th>
            <th className="px-4 py-3">Last sign-in</th>
            <th className="px-4 py-3 text-right">Actions</th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {users.data.items.map((user) => {
            const delayed =
              user.signInDelayedUntil && new Date(user.signInDelayedUntil) > new Date();
            const self = user.id === currentUserId;
            return (
              <tr
                key={user.id}
                className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4 md:table-row md:p-0"
              >
                <td className="w-full md:w-auto md:px-4 md:py-3">
                  <p className="font-semibold text-slate-900">{user.name}</p>
                  <p className="break-words text-slate-500">{user.email}</p>
                </td>
                <td className="md:px-4 md:py-3">
                  <select
                    aria-label={`Role of ${user.name}`}
                    value={user.role}
                    disabled={self || update.isPending}
                    onChange={(e) => update.mutate({ id: user.id, body: { role: e.target.value } })}
                    className="min-h-11 rounded-lg border border-slate-300 bg-white px-2"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role.charAt(0) + role.slice(1).toLowerCase()}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="md:px-4 md:py-3">
                  {!user.active ? (
                    <span className="font-semibold text-slate-500">Deactivated</span>
                  ) : delayed ? (
                    <span className="font-semibold text-amber-800">
                      Sign-in delayed until {istTime.format(new Date(user.signInDelayedUntil!))}
                    </span>
                  ) : (
                    <span className="font-semibold text-emerald-700">Active</span>
                  )}
                </td>
                <td className="w-full text-slate-600 md:w-auto md:px-4 md:py-3 md:whitespace-nowrap">
                  <span className="md:hidden">Last sign-in: </span>
                  {user.lastLoginAt ? ist.format(new Date(user.lastLoginAt)) : "Never"}
                </td>
                <td className="w-full md:w-auto md:px-4 md:py-3">
                  <div className="flex flex-wrap gap-2 *:shrink-0 *:whitespace-nowrap md:flex-nowrap md:justify-end">
                    {delayed && (
                      <Button
                        variant="secondary"
                        disabled={clearDelay.isPending}
                        onClick={() => clearDelay.mutate(user.id)}
                      >
                        Let sign in now
                      </Button>
                    )}
                    <Button variant="secondary" onClick={() => setResetting(user)}>
                      Reset password
                    </Button>
                    {!self && (
                      <Button
                        variant={user.active ? "ghost" : "secondary"}
                        onClick={() =>
                          update.mutate({ id: user.id, body: { active: !user.active } })
                        }
                      >
                        {user.active ? "Deactivate" : "Reactivate"}
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          self={resetting.id === currentUserId}
          pending={resetPassword.isPending}
          error={resetPassword.error?.message ?? null}
          onConfirm={(password) => resetPassword.mutate({ id: resetting.id, password })}
          onClose={() => {
            setResetting(null);
            resetPassword.reset();
          }}
        />
      )}
    </div>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ROLES } from "@/lib/auth/roles";
import { ApiError, api } from "./api";

export function AddUserForm() {
  const client = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const create = useMutation({
    mutationFn: (body: Record<string, string>) => api("/api/admin/users", { method: "POST", body }),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      void client.invalidateQueries({ queryKey: ["admin-users"] });
    },
  });
  const fieldError = (name: string) =>
    create.error instanceof ApiError ? create.error.fieldErrors[name]?.[0] : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>);
  }

  return (
    <form
      noValidate
      key={formKey}
      onSubmit={onSubmit}
      className="grid gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 md:grid-cols-5 md:items-start"
    >
      <TextField label="Name" name="name" required error={fieldError("name")} />
      <TextField label="Email" name="email" type="email" required error={fieldError("email")} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="new-user-role" className="text-sm font-semibold text-slate-700">
          Role
        </label>
        <select
          id="new-user-role"
          name="role"
          defaultValue="PICKER"
          className="min-h-12 rounded-lg border border-slate-300 bg-white px-3"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role.charAt(0) + role.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Password"
        name="password"
        type="password"
        required
        minLength={10}
        hint="At least 10 characters"
        error={fieldError("password")}
      />
      <Button type="submit" size="lg" disabled={create.isPending} className="md:mt-7">
        {create.isPending ? "Adding…" : "Add user"}
      </Button>
      {create.error &&
        !(create.error instanceof ApiError && Object.keys(create.error.fieldErrors).length) && (
          <p role="alert" className="text-sm font-medium text-red-700 md:col-span-5">
            {create.error.message}
          </p>
        )}
    </form>
  );
}

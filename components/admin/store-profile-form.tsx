"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ChangeEvent, FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { uploadedLogoSrc } from "@/lib/store/store-logo-src";
import type { StoreProfile } from "@/lib/store/store-profile";
import { api, ApiError } from "./api";

const KEY = ["admin-store-profile"];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}

/** The store as customers know it: name, support contact and logo (uploaded, or an https URL). */
export function StoreProfileForm() {
  const client = useQueryClient();
  const current = useQuery({
    queryKey: KEY,
    queryFn: () => api<StoreProfile>("/api/admin/store-profile"),
  });
  const saved = (profile: StoreProfile) => client.setQueryData(KEY, profile);
  const save = useMutation({
    mutationFn: (body: Record<string, string>) =>
      api<StoreProfile>("/api/admin/store-profile", { method: "PUT", body }),
    onSuccess: saved,
  });
  const logo = useMutation({
    mutationFn: async (file: File | null) =>
      file
        ? api<StoreProfile>("/api/admin/store-logo", {
            method: "PUT",
            body: { dataUrl: await readAsDataUrl(file) },
          })
        : api<StoreProfile>("/api/admin/store-logo", { method: "DELETE" }),
    onSuccess: saved,
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    save.mutate({
      name: field("name"),
      supportEmail: field("supportEmail"),
      supportPhone: field("supportPhone"),
      logoUrl: field("logoUrl"),
    });
  }
  function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (file) logo.mutate(file);
  }
  if (current.isPending) return <p className="text-slate-500">Loading…</p>;
  if (current.isError)
    return (
      <p role="alert" className="text-red-700">
        Unable to load the store settings.
      </p>
    );
  const profile = current.data;
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  return (
    <div className="grid max-w-xl gap-6">
      <form
        onSubmit={submit}
        noValidate
        className="grid gap-4 rounded-xl bg-white p-5 ring-1 ring-slate-200"
      >
        <TextField
          label="Store name"
          name="name"
          defaultValue={profile.name}
          error={errors.name?.[0]}
        />
        <TextField
          label="Support e-mail"
          name="supportEmail"
          type="email"
          defaultValue={profile.supportEmail ?? ""}
          error={errors.supportEmail?.[0]}
        />
        <TextField
          label="Support phone"
          name="supportPhone"
          type="tel"
          defaultValue={profile.supportPhone ?? ""}
          error={errors.supportPhone?.[0]}
        />
        <TextField
          label="Logo URL"
          name="logoUrl"
          type="url"
          defaultValue={profile.logoUrl ?? ""}
          placeholder="https://cdn.example.in/logo.png"
          hint="Used when no logo is uploaded below."
          error={errors.logoUrl?.[0]}
        />
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
          {save.isSuccess && (
            <p role="status" className="text-sm text-emerald-700">
              Saved.
            </p>
          )}
        </div>
      </form>
      <section
        className="grid gap-3 rounded-xl bg-white p-5 ring-1 ring-slate-200"
        aria-label="Logo"
      >
        <label className="text-sm font-semibold text-slate-700">
          Upload a logo (PNG, JPEG or WebP, at most 48 KB)
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={upload}
            className="mt-2 block"
          />
        </label>
        {profile.uploadedLogoVersion && (
          <div className="flex items-center gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- Packline's own small image */}
            <img
              src={uploadedLogoSrc(profile.uploadedLogoVersion)}
              alt="Uploaded logo"
              className="h-10 w-auto"
            />
            <Button type="button" variant="secondary" onClick={() => logo.mutate(null)}>
              Remove uploaded logo
            </Button>
          </div>
        )}
        {logo.error && (
          <p role="alert" className="text-sm text-red-700">
            {logo.error instanceof ApiError
              ? (logo.error.fieldErrors.dataUrl?.[0] ?? logo.error.message)
              : logo.error.message}
          </p>
        )}
      </section>
    </div>
  );
}

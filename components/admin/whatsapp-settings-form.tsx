"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { WhatsAppSettingsView } from "@/lib/notify/whatsapp/whatsapp-settings";
import { api, ApiError } from "./api";
import { fieldErrorFrom } from "./notification-settings-model";
import { SecretField } from "./secret-field";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
/** absent keeps the stored secret, null asks to remove it (the server explains why it cannot) */
const secret = (form: FormData, name: string) =>
  form.get(`${name}Remove`) === "on" ? null : text(form, name) || undefined;

/** Admin → WhatsApp: the Cloud API account; secrets are write-only, like every other secret. */
export function WhatsAppSettingsForm({ settings }: { settings: WhatsAppSettingsView | null }) {
  const router = useRouter();
  const [version, setVersion] = useState(0);
  const save = useMutation({
    mutationFn: (body: unknown) => api("/api/admin/whatsapp-settings", { method: "PUT", body }),
    onSuccess: () => {
      setVersion((v) => v + 1);
      router.refresh();
    },
  });
  const errorFor = fieldErrorFrom(save.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      baseUrl: text(form, "baseUrl"),
      apiVersion: text(form, "apiVersion"),
      phoneNumberId: text(form, "phoneNumberId"),
      accessToken: secret(form, "accessToken"),
      appSecret: secret(form, "appSecret"),
      verifyToken: secret(form, "verifyToken"),
    });
  }

  return (
    <form
      key={version}
      onSubmit={submit}
      noValidate
      aria-label="WhatsApp settings"
      className="space-y-4 rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-semibold text-slate-900">Cloud API account</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <TextField
            label="API base URL"
            name="baseUrl"
            type="url"
            defaultValue={settings?.baseUrl ?? "https://graph.facebook.com"}
            autoComplete="off"
            error={errorFor("baseUrl")}
            hint="Packline posts to <base URL>/<version>/<phone number id>/messages."
          />
        </div>
        <TextField
          label="Graph API version"
          name="apiVersion"
          defaultValue={settings?.apiVersion ?? "v23.0"}
          autoComplete="off"
          error={errorFor("apiVersion")}
        />
        <TextField
          label="Phone number id"
          name="phoneNumberId"
          inputMode="numeric"
          defaultValue={settings?.phoneNumberId ?? ""}
          autoComplete="off"
          error={errorFor("phoneNumberId")}
          hint="WhatsApp → API Setup in Meta's app dashboard."
        />
        <SecretField
          label="Access token"
          name="accessToken"
          isSet={settings?.accessTokenSet ?? false}
          error={errorFor("accessToken")}
          hint="A system user's permanent token with whatsapp_business_messaging."
          onToggle={() => undefined}
        />
        <SecretField
          label="App secret"
          name="appSecret"
          isSet={settings?.appSecretSet ?? false}
          error={errorFor("appSecret")}
          hint="App settings → Basic; it checks the signature of every status callback."
          onToggle={() => undefined}
        />
        <SecretField
          label="Verify token"
          name="verifyToken"
          isSet={settings?.verifyTokenSet ?? false}
          error={errorFor("verifyToken")}
          hint="Any string you choose; type the same into Meta's “Verify token” box."
          onToggle={() => undefined}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save WhatsApp settings"}
        </Button>
        {save.error && !save.isPending ? (
          <p role="alert" className="text-sm text-red-700">
            {save.error instanceof ApiError && Object.keys(save.error.fieldErrors).length > 0
              ? "Some fields need fixing (marked in red)."
              : save.error.message}{" "}
            Nothing was saved.
          </p>
        ) : save.isSuccess ? (
          <p role="status" className="text-sm text-emerald-700">
            Saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}

"use client";

import { TextField } from "@/components/ui/text-field";
import type { NotificationSettingsView } from "./notification-settings-model";
import { SecretField } from "./secret-field";

type Smtp = NonNullable<NotificationSettingsView["smtp"]>;

/** Host, port, TLS mode, login and sender of the admin's own mail server. */
export function SmtpSettingsFields({
  smtp,
  errorFor,
  onEdit,
}: {
  smtp: Smtp | null;
  errorFor: (name: string) => string | undefined;
  onEdit: () => void;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField
        label="SMTP host"
        name="smtpHost"
        defaultValue={smtp?.host ?? ""}
        placeholder="smtp.example.com"
        autoComplete="off"
        error={errorFor("smtp.host")}
      />
      <TextField
        label="Port"
        name="smtpPort"
        type="number"
        inputMode="numeric"
        min={1}
        max={65535}
        defaultValue={smtp?.port ?? 587}
        error={errorFor("smtp.port")}
        hint="587 for STARTTLS, 465 for TLS"
      />
      <fieldset className="md:col-span-2">
        <legend className="text-sm font-semibold text-slate-700">Encryption</legend>
        <div className="mt-1.5 flex flex-wrap gap-x-6 gap-y-1">
          <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="smtpSecurity"
              value="starttls"
              defaultChecked={!smtp?.secure}
              className="h-5 w-5 accent-brand-600"
            />
            STARTTLS (upgrades when the server offers it)
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="smtpSecurity"
              value="tls"
              defaultChecked={smtp?.secure ?? false}
              className="h-5 w-5 accent-brand-600"
            />
            TLS from the start (SMTPS)
          </label>
        </div>
      </fieldset>
      <TextField
        label="SMTP user"
        name="smtpUser"
        defaultValue={smtp?.user ?? ""}
        autoComplete="off"
        placeholder="Leave empty if the server needs no login"
        error={errorFor("smtp.user")}
      />
      <SecretField
        label="SMTP password"
        name="smtpPassword"
        isSet={smtp?.passwordSet ?? false}
        error={errorFor("smtp.password")}
        onToggle={onEdit}
      />
      <div className="md:col-span-2">
        <TextField
          label="From address"
          name="smtpFrom"
          defaultValue={smtp?.from ?? ""}
          placeholder="Packline <reports@shop.in>"
          error={errorFor("smtp.from")}
          hint="The sender recipients see; your mail server must allow it."
        />
      </div>
    </div>
  );
}

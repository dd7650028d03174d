"use client";

import { TextField } from "@/components/ui/text-field";
import type { NotificationSettingsView } from "./notification-settings-model";
import { SecretField } from "./secret-field";

type Sms = NonNullable<NotificationSettingsView["sms"]>;

/** An MSG91-style gateway: where to send, the DLT sender and template, and the auth key. */
export function SmsSettingsFields({
  sms,
  errorFor,
  onEdit,
}: {
  sms: Sms | null;
  errorFor: (name: string) => string | undefined;
  onEdit: () => void;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <TextField
          label="Gateway URL"
          name="smsBaseUrl"
          type="url"
          defaultValue={sms?.baseUrl ?? ""}
          placeholder="https://control.msg91.com"
          autoComplete="off"
          error={errorFor("sms.baseUrl")}
          hint="Packline posts to <gateway URL>/api/v2/sendsms (MSG91's JSON API)."
        />
      </div>
      <TextField
        label="DLT sender id"
        name="smsSenderId"
        defaultValue={sms?.senderId ?? ""}
        placeholder="PKLINE"
        maxLength={6}
        autoCapitalize="characters"
        className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base uppercase text-slate-900 placeholder:text-slate-400 focus:border-brand-600 aria-invalid:border-red-600"
        error={errorFor("sms.senderId")}
        hint="6 capital letters, registered on the DLT portal."
      />
      <TextField
        label="DLT template id (optional)"
        name="smsDltTemplateId"
        inputMode="numeric"
        defaultValue={sms?.dltTemplateId ?? ""}
        placeholder="1107160000000000000"
        error={errorFor("sms.dltTemplateId")}
        hint="19 digits, if your gateway requires one."
      />
      <SecretField
        label="Auth key"
        name="smsAuthKey"
        isSet={sms?.authKeySet ?? false}
        error={errorFor("sms.authKey")}
        onToggle={onEdit}
      />
    </div>
  );
}

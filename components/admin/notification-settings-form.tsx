"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ApiError } from "./api";
import { ChannelSection } from "./channel-section";
import { RecipientsFields } from "./recipients-fields";
import { SmsSettingsFields } from "./sms-settings-fields";
import { SmtpSettingsFields } from "./smtp-settings-fields";
import {
  fieldErrorFrom,
  splitList,
  type NotificationSettingsView,
} from "./notification-settings-model";

export interface SaveState {
  pending: boolean;
  error: Error | null;
  savedAt: Date | null;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** absent keeps the stored secret, null removes it, a value replaces it */
function secret(form: FormData, name: string) {
  if (form.get(`${name}Remove`) === "on") return null;
  return text(form, name) || undefined;
}

function toBody(form: FormData, smtpOn: boolean, smsOn: boolean) {
  const port = text(form, "smtpPort");
  return {
    smtp: smtpOn
      ? {
          host: text(form, "smtpHost"),
          port: port === "" ? null : Number(port),
          secure: form.get("smtpSecurity") === "tls",
          user: text(form, "smtpUser") || null,
          password: secret(form, "smtpPassword"),
          from: text(form, "smtpFrom"),
        }
      : null,
    sms: smsOn
      ? {
          baseUrl: text(form, "smsBaseUrl"),
          senderId: text(form, "smsSenderId").toUpperCase(),
          dltTemplateId: text(form, "smsDltTemplateId") || null,
          authKey: secret(form, "smsAuthKey"),
        }
      : null,
    recipients: { emails: splitList(form.get("emails")), phones: splitList(form.get("phones")) },
  };
}

/** Admin → E-mail and SMS: the SMTP server, the SMS gateway and who gets the stock report. */
export function NotificationSettingsForm({
  settings,
  save,
  onSave,
  onEdit,
  dirty,
}: {
  settings: NotificationSettingsView;
  save: SaveState;
  onSave: (body: unknown) => void;
  onEdit: () => void;
  dirty: boolean;
}) {
  const [smtpOn, setSmtpOn] = useState(settings.smtp !== null);
  const [smsOn, setSmsOn] = useState(settings.sms !== null);
  const [lists, setLists] = useState<Record<string, string[]>>({});
  const errorFor = fieldErrorFrom(save.error, lists);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toBody(new FormData(event.currentTarget), smtpOn, smsOn);
    setLists({
      "recipients.emails": body.recipients.emails,
      "recipients.phones": body.recipients.phones,
    });
    onSave(body);
  }
  const toggle = (set: (on: boolean) => void) => (on: boolean) => {
    set(on);
    onEdit();
  };

  return (
    <form
      onSubmit={submit}
      onChange={onEdit}
      noValidate
      className="space-y-5"
      aria-label="E-mail and SMS settings"
    >
      <ChannelSection
        id="smtp"
        title="E-mail (SMTP)"
        summary="Your own mail server sends the out-of-stock report and other e-mail."
        offText="E-mail is off: Packline sends no e-mail. Turn it on to enter your SMTP server."
        on={smtpOn}
        onToggle={toggle(setSmtpOn)}
      >
        <SmtpSettingsFields smtp={settings.smtp} errorFor={errorFor} onEdit={onEdit} />
      </ChannelSection>
      <ChannelSection
        id="sms"
        title="SMS gateway"
        summary="An MSG91-compatible gateway sends customer and report SMS."
        offText="SMS is off: Packline sends no text messages. Turn it on to enter your gateway."
        on={smsOn}
        onToggle={toggle(setSmsOn)}
      >
        <SmsSettingsFields sms={settings.sms} errorFor={errorFor} onEdit={onEdit} />
      </ChannelSection>
      <RecipientsFields recipients={settings.recipients} errorFor={errorFor} />
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 rounded-xl bg-white/95 p-3 ring-1 ring-slate-200 backdrop-blur">
        <Button type="submit" disabled={save.pending}>
          {save.pending ? "Saving…" : "Save settings"}
        </Button>
        {save.error && !save.pending ? (
          <p role="alert" className="text-sm text-red-700">
            {save.error instanceof ApiError && Object.keys(save.error.fieldErrors).length > 0
              ? "Some fields need fixing (marked in red)."
              : save.error.message}{" "}
            Nothing was saved.
          </p>
        ) : dirty ? (
          <p className="text-sm text-amber-800">Unsaved changes</p>
        ) : save.savedAt ? (
          <p role="status" className="text-sm text-emerald-700">
            Saved at{" "}
            {save.savedAt.toLocaleTimeString("en-IN", {
              timeZone: "Asia/Kolkata",
              hour: "numeric",
              minute: "2-digit",
            })}{" "}
            IST.
          </p>
        ) : null}
      </div>
    </form>
  );
}

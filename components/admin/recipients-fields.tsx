"use client";

import { useId } from "react";
import type { NotificationSettingsView } from "./notification-settings-model";

function ListField({
  label,
  name,
  values,
  placeholder,
  hint,
  error,
}: {
  label: string;
  name: string;
  values: string[];
  placeholder: string;
  hint: string;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={values.join("\n")}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-400 focus:border-brand-600 aria-invalid:border-red-600"
      />
      <p id={`${id}-msg`} className={`text-sm ${error ? "text-red-700" : "text-slate-500"}`}>
        {error ?? hint}
      </p>
    </div>
  );
}

/** Who receives the out-of-stock report: addresses for the e-mail, mobiles for the SMS. */
export function RecipientsFields({
  recipients,
  errorFor,
}: {
  recipients: NotificationSettingsView["recipients"];
  errorFor: (name: string) => string | undefined;
}) {
  const empty = recipients.emails.length === 0 && recipients.phones.length === 0;
  return (
    <section
      aria-labelledby="recipients-title"
      className="rounded-xl bg-white p-5 ring-1 ring-slate-200"
    >
      <h2 id="recipients-title" className="text-lg font-bold text-slate-900">
        Out-of-stock report recipients
      </h2>
      <p className="text-sm text-slate-600">
        {empty
          ? "Nobody receives the report yet: ops cannot send it until you add someone."
          : "Who gets the report when ops send it: the e-mail with the CSV, the SMS with a summary."}
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <ListField
          label="E-mail recipients"
          name="emails"
          values={recipients.emails}
          placeholder={"buying@shop.in\nowner@shop.in"}
          hint="One per line, up to 20."
          error={errorFor("recipients.emails")}
        />
        <ListField
          label="SMS recipients"
          name="phones"
          values={recipients.phones}
          placeholder={"98765 43210"}
          hint="Indian mobiles, one per line, up to 20."
          error={errorFor("recipients.phones")}
        />
      </div>
    </section>
  );
}

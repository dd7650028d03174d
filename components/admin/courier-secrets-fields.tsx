import { TextField } from "@/components/ui/text-field";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { COURIER_LABEL } from "@/lib/validation/courier-account";
import {
  CREDENTIAL_FIELDS,
  WEBHOOK_SECRET_HINT,
  type CourierAccountItem,
} from "./courier-account-fields";

/**
 * The write-only part of the courier account form: the stored values never reach the browser,
 * so editing shows only whether they are set, and empty fields keep them.
 */
export function CourierSecretsFields({
  courier,
  account,
  fieldError,
}: {
  courier: CourierCode;
  account?: CourierAccountItem;
  fieldError: (name: string) => string | undefined;
}) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 text-sm font-bold text-slate-900">
        {COURIER_LABEL[courier]} credentials and webhook secret
        {account && (
          <span className="ml-2 font-normal text-slate-500">
            {account.credentialsSet ? "(credentials set)" : "(credentials not set)"}
          </span>
        )}
      </legend>
      <p className="text-sm text-slate-600">
        {account
          ? "Leave all credential fields empty to keep the stored ones; fill all to replace them."
          : "Stored encrypted; never shown again."}
      </p>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {CREDENTIAL_FIELDS[courier].map((f) => (
          <TextField
            key={`${courier}-${f.name}`}
            label={f.label}
            name={`credentials.${f.name}`}
            type={f.secret ? "password" : (f.type ?? "text")}
            autoComplete="off"
            placeholder={account ? "Leave empty to keep" : undefined}
            error={fieldError(`credentials.${f.name}`)}
          />
        ))}
        <TextField
          label="Webhook secret"
          name="webhookSecret"
          type="password"
          autoComplete="off"
          placeholder={account?.webhookSecretSet ? "Set; type to replace" : "Not set"}
          error={fieldError("webhookSecret")}
          hint={`${WEBHOOK_SECRET_HINT[courier]} ${account ? "Leave empty to keep it." : "Never shown again."}`}
        />
      </div>
    </fieldset>
  );
}

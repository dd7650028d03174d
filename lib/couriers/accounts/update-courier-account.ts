import { recordAudit } from "@/lib/audit/record-audit";
import { SECRET_FOR_NEW_HOST, sameHost } from "@/lib/crypto/same-destination";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { zodFieldErrors } from "@/lib/http/problem";
import {
  courierSecretsSchema,
  credentialSchemas,
  type UpdateCourierAccountInput,
} from "@/lib/validation/courier-account";
import { invalidateToken } from "../auth/token-cache";
import { resetBreaker } from "../http/circuit-breaker";
import { readAccountSummary, type CourierAccountSummary } from "./account-summary";
import { assertNameFree, uniqueNameViolation } from "./account-rules";

export interface UpdateCourierAccountOptions {
  accountId: string;
  input: UpdateCourierAccountInput;
  actorId: string;
}

/**
 * Edits an account. Credentials and the webhook secret are replaced only when given; new
 * credentials or a new base URL drop the cached token and this process's breaker, so the next
 * call logs in afresh instead of reusing a token (or failures) of the old ones.
 */
export async function updateCourierAccount({
  accountId,
  input,
  actorId,
}: UpdateCourierAccountOptions): Promise<CourierAccountSummary> {
  const { credentials, webhookSecret, ...fields } = input;
  const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  let relogin = false;
  let courier: CourierCode = "SHIPROCKET";
  await db
    .$transaction(async (tx) => {
      const [account] = await tx.$queryRaw<{ courier: CourierCode; baseUrl: string }[]>`
        SELECT courier, "baseUrl" FROM "CourierAccount" WHERE id = ${accountId} FOR UPDATE`;
      if (!account) throw notFound("The courier account");
      courier = account.courier;
      // The route cannot know the courier's credential shape before the account is read.
      const secrets = courierSecretsSchema(account.courier).safeParse({
        credentials,
        webhookSecret,
      });
      if (!secrets.success)
        throw new AppError("VALIDATION", "The request body has invalid fields.", {
          fieldErrors: zodFieldErrors(secrets.error),
        });
      if (
        fields.baseUrl !== undefined &&
        !sameHost(account.baseUrl, fields.baseUrl) &&
        secrets.data.credentials === undefined
      )
        throw new AppError("VALIDATION", "Type the credentials again for the new server.", {
          fieldErrors: Object.fromEntries(
            Object.keys(credentialSchemas[account.courier].shape).map((name) => [
              `credentials.${name}`,
              [SECRET_FOR_NEW_HOST],
            ]),
          ),
        });
      if (fields.name !== undefined)
        await assertNameFree(tx, account.courier, fields.name, accountId);
      relogin =
        secrets.data.credentials !== undefined ||
        (fields.baseUrl !== undefined && fields.baseUrl !== account.baseUrl);
      await tx.courierAccount.update({
        where: { id: accountId },
        data: {
          ...fields,
          ...(secrets.data.credentials
            ? { credentialsEncrypted: encryptJson(secrets.data.credentials) }
            : {}),
          ...(secrets.data.webhookSecret
            ? { webhookSecretEncrypted: encryptSecret(secrets.data.webhookSecret) }
            : {}),
        },
        select: { id: true },
      });
      if (relogin) await tx.courierToken.deleteMany({ where: { courierAccountId: accountId } });
      await recordAudit(tx, {
        actorId,
        action: "courier-account.update",
        entityType: "CourierAccount",
        entityId: accountId,
        details: {
          ...changed,
          credentialsReplaced: secrets.data.credentials !== undefined,
          webhookSecretReplaced: secrets.data.webhookSecret !== undefined,
        },
      });
    })
    .catch((error: unknown) => {
      throw uniqueNameViolation(error, courier, fields.name ?? "");
    });
  if (relogin) {
    await invalidateToken(accountId);
    resetBreaker(accountId);
  }
  return (await readAccountSummary(accountId))!;
}

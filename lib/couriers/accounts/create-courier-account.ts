import { recordAudit } from "@/lib/audit/record-audit";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import type { CreateCourierAccountInput } from "@/lib/validation/courier-account";
import { readAccountSummary, type CourierAccountSummary } from "./account-summary";
import { assertNameFree, uniqueNameViolation } from "./account-rules";

export interface CreateCourierAccountOptions {
  input: CreateCourierAccountInput;
  actorId: string;
}

/** Adds a courier account; its credentials and webhook secret are stored encrypted. */
export async function createCourierAccount({
  input,
  actorId,
}: CreateCourierAccountOptions): Promise<CourierAccountSummary> {
  const { credentials, webhookSecret, ...fields } = input;
  const id = await db
    .$transaction(async (tx) => {
      await assertNameFree(tx, input.courier, input.name);
      const account = await tx.courierAccount.create({
        data: {
          ...fields,
          credentialsEncrypted: encryptJson(credentials),
          webhookSecretEncrypted: webhookSecret ? encryptSecret(webhookSecret) : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "courier-account.create",
        entityType: "CourierAccount",
        entityId: account.id,
        details: {
          courier: input.courier,
          name: input.name,
          baseUrl: input.baseUrl,
          active: input.active,
          dryRun: input.dryRun,
          priority: input.priority,
          webhookSecretSet: Boolean(webhookSecret),
        },
      });
      return account.id;
    })
    .catch((error: unknown) => {
      throw uniqueNameViolation(error, input.courier, input.name);
    });
  return (await readAccountSummary(id))!;
}

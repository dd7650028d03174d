import { saveAuditedSetting } from "@/lib/audit/save-audited-setting";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  codConfirmationRule,
  ruleFromInput,
  RULE_OFF,
  type CodConfirmationRule,
  type CodConfirmationRuleInput,
} from "@/lib/validation/cod-confirmation";

/** The Setting the rule lives in; the database's hold trigger (migration cod_confirmation) reads its `enabled`. */
export const RULE_KEY = "cod-confirmation.rule";

/** The admin's rule, or "off" when none was saved (or a stored one no longer parses). */
export async function getCodConfirmationRule(client: Tx = db): Promise<CodConfirmationRule> {
  const row = await client.setting.findUnique({
    where: { key: RULE_KEY },
    select: { value: true },
  });
  const parsed = codConfirmationRule.safeParse(row?.value);
  return parsed.success ? parsed.data : RULE_OFF;
}

/** Saves the admin's rule (rupees become paise) with an audit row; applies to orders placed from now on. */
export async function saveCodConfirmationRule(
  input: CodConfirmationRuleInput,
  actorId: string,
): Promise<CodConfirmationRule> {
  const rule = ruleFromInput(input);
  const value = rule as unknown as Prisma.InputJsonObject;
  await saveAuditedSetting({
    key: RULE_KEY,
    value,
    updatedBy: actorId,
    actorId,
    action: "settings.cod_confirmation_rule_updated",
    details: value,
  });
  return rule;
}

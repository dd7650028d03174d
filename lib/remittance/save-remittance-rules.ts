import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { RemittanceRules } from "./courier-defaults";

export interface SaveRemittanceRulesInput {
  courier: CourierCode;
  rules: RemittanceRules;
}

/** One courier's report headings and late threshold, replacing what was saved before. */
export async function saveRemittanceRules({
  courier,
  rules,
}: SaveRemittanceRulesInput): Promise<RemittanceRules> {
  const data = { lateAfterDays: rules.lateAfterDays, columns: { ...rules.columns } };
  await db.remittanceSetting.upsert({
    where: { courier },
    create: { courier, ...data },
    update: data,
    select: { courier: true },
  });
  return rules;
}

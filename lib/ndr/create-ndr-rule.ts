import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { NdrRuleBody } from "@/lib/validation/ndr-rule";
import { describeNdrRule } from "./describe-ndr-rule";
import { assertNoTwinRule, ndrRuleSelect } from "./ndr-rule-twins";

/** Adds a rule for unanswered failed deliveries; the audit log keeps who added what. */
export function createNdrRule(input: NdrRuleBody, actorId: string) {
  return db.$transaction(async (tx) => {
    await assertNoTwinRule(tx, input);
    const rule = await tx.ndrRule.create({ data: input, select: ndrRuleSelect });
    await recordAudit(tx, {
      actorId,
      action: "ndr-rule.create",
      entityType: "NdrRule",
      entityId: rule.id,
      details: { ...input, sentence: describeNdrRule(input) },
    });
    return { ...rule, sentence: describeNdrRule(rule) };
  });
}

import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { NdrRuleBody } from "@/lib/validation/ndr-rule";
import { describeNdrRule } from "./describe-ndr-rule";
import { assertNoTwinRule, ndrRuleSelect } from "./ndr-rule-twins";

/**
 * Replaces a rule's fields; the audit row keeps the rule before and after. Steps the job already
 * took stay as they were; the next run follows the new rule.
 */
export function updateNdrRule(id: string, input: NdrRuleBody, actorId: string) {
  return db.$transaction(async (tx) => {
    await assertNoTwinRule(tx, input, id);
    const before = await tx.ndrRule.findUnique({ where: { id }, select: ndrRuleSelect });
    if (!before) throw notFound("The NDR rule");
    const rule = await tx.ndrRule.update({ where: { id }, data: input, select: ndrRuleSelect });
    await recordAudit(tx, {
      actorId,
      action: "ndr-rule.update",
      entityType: "NdrRule",
      entityId: id,
      details: { before: describeNdrRule(before), after: describeNdrRule(rule), ...input },
    });
    return { ...rule, sentence: describeNdrRule(rule) };
  });
}

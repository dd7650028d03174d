import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { describeNdrRule } from "./describe-ndr-rule";
import { lockNdrRules, ndrRuleSelect } from "./ndr-rule-twins";

/** Removes a rule; the audit row keeps what it said, since the row itself is gone. */
export function deleteNdrRule(id: string, actorId: string): Promise<void> {
  return db.$transaction(async (tx) => {
    await lockNdrRules(tx);
    const rule = await tx.ndrRule.findUnique({ where: { id }, select: ndrRuleSelect });
    if (!rule) throw notFound("The NDR rule");
    await tx.ndrRule.delete({ where: { id }, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: "ndr-rule.delete",
      entityType: "NdrRule",
      entityId: id,
      details: {
        paymentMethod: rule.paymentMethod,
        reasonContains: rule.reasonContains,
        waitHours: rule.waitHours,
        maxAttempts: rule.maxAttempts,
        sentence: describeNdrRule(rule),
      },
    });
  });
}

import { db } from "@/lib/db";
import { describeNdrRule } from "./describe-ndr-rule";
import { ruleWeight } from "./ndr-rule-decision";
import { ndrRuleSelect } from "./ndr-rule-twins";

/** The rules in the order the job prefers them (most specific first), each with its sentence. */
export async function listNdrRules() {
  const rows = await db.ndrRule.findMany({ select: ndrRuleSelect, orderBy: { createdAt: "asc" } });
  const items = rows
    .sort((a, b) => ruleWeight(b) - ruleWeight(a))
    .map((r) => ({ ...r, sentence: describeNdrRule(r) }));
  return { items };
}

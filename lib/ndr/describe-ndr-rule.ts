import type { NdrRuleRow } from "./ndr-rule-decision";

type RuleFields = Pick<
  NdrRuleRow,
  "paymentMethod" | "reasonContains" | "waitHours" | "maxAttempts"
>;

const PARCELS = { COD: "COD parcels", PREPAID: "Prepaid parcels" } as const;

/**
 * What the rules job (apply-ndr-rules.ts) does under this rule, in one sentence for the admin:
 * it re-attempts while the parcel has had fewer than maxAttempts attempts, then returns it.
 */
export function describeNdrRule(rule: RuleFields): string {
  const who = rule.paymentMethod ? PARCELS[rule.paymentMethod] : "COD and prepaid parcels";
  const why = rule.reasonContains
    ? ` whose courier reason mentions '${rule.reasonContains}'`
    : " with any courier reason";
  const then =
    rule.maxAttempts <= 1
      ? "return to origin"
      : `re-attempt until ${rule.maxAttempts} attempts, then return to origin`;
  return `${who}${why}: after ${rule.waitHours} h without an answer, ${then}.`;
}

/** The same rule in words for the audit log and conflict messages: "COD, reason 'refused'". */
export function ndrRuleScope(rule: Pick<RuleFields, "paymentMethod" | "reasonContains">): string {
  const who = rule.paymentMethod ? PARCELS[rule.paymentMethod] : "All parcels";
  return rule.reasonContains ? `${who}, reason '${rule.reasonContains}'` : `${who}, any reason`;
}

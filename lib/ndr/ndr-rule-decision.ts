import type { NdrActionKind, PaymentMethod } from "@/lib/generated/prisma/enums";

export interface NdrRuleRow {
  id: string;
  paymentMethod: PaymentMethod | null;
  reasonContains: string | null;
  waitHours: number;
  maxAttempts: number;
}

/** The rule for a failed attempt: the most specific that fits (reason, then payment method). */
export function ruleFor(
  rules: NdrRuleRow[],
  paymentMethod: PaymentMethod,
  reason: string | null,
): NdrRuleRow | null {
  const text = (reason ?? "").toLowerCase();
  const fits = rules.filter(
    (r) =>
      (!r.paymentMethod || r.paymentMethod === paymentMethod) &&
      (!r.reasonContains || text.includes(r.reasonContains.toLowerCase())),
  );
  return fits.sort((a, b) => ruleWeight(b) - ruleWeight(a))[0] ?? null;
}

/** How specific a rule is: one naming a reason beats one naming only a payment method. */
export const ruleWeight = (r: Pick<NdrRuleRow, "paymentMethod" | "reasonContains">) =>
  (r.reasonContains ? 2 : 0) + (r.paymentMethod ? 1 : 0);

/** Re-attempt while the parcel has had fewer than maxAttempts attempts; return it after that. */
export const ruleKind = (rule: NdrRuleRow, attempts: number): NdrActionKind =>
  attempts >= rule.maxAttempts ? "RTO" : "REATTEMPT";

/** When the rule acts on an attempt that failed at `failedAt`, unless someone answers first. */
export const ruleDueAt = (rule: NdrRuleRow, failedAt: Date) =>
  new Date(failedAt.getTime() + rule.waitHours * 3_600_000);

import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { NdrRuleBody } from "@/lib/validation/ndr-rule";
import { ndrRuleScope } from "./describe-ndr-rule";

export const ndrRuleSelect = {
  id: true,
  paymentMethod: true,
  reasonContains: true,
  waitHours: true,
  maxAttempts: true,
  createdAt: true,
} as const;

/** Admins' changes to rules queue here, one transaction at a time. */
export async function lockNdrRules(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('packline:ndr-rules', 0))`;
}

/**
 * Refuses a second rule for the same parcels (payment method and reason phrase, any case): the
 * job could not tell which one to follow. It takes the rules' lock, so two admins adding the
 * same rule at once cannot both pass the check.
 */
export async function assertNoTwinRule(tx: Tx, rule: NdrRuleBody, exceptId?: string) {
  await lockNdrRules(tx);
  const twin = await tx.ndrRule.findFirst({
    where: {
      id: exceptId ? { not: exceptId } : undefined,
      paymentMethod: rule.paymentMethod,
      reasonContains: rule.reasonContains
        ? { equals: rule.reasonContains, mode: "insensitive" }
        : null,
    },
    select: { id: true },
  });
  if (twin)
    throw new AppError(
      "CONFLICT",
      `A rule for ${ndrRuleScope(rule)} already exists: edit that one instead.`,
    );
}

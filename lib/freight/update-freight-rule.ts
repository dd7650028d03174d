import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { FreightRuleInput } from "@/lib/validation/freight";

/**
 * The admin's weight rule for one courier account (its contract's divisor, slab, tolerance and
 * dispute window). Charges already checked keep the rule they were checked with: the evidence
 * of a dispute does not change under it.
 */
export async function updateFreightRule(courierAccountId: string, rule: FreightRuleInput) {
  const account = await db.courierAccount.findUnique({
    where: { id: courierAccountId },
    select: { id: true },
  });
  if (!account) throw notFound("That courier account");
  await db.freightRule.upsert({
    where: { courierAccountId },
    create: { courierAccountId, ...rule },
    update: rule,
    select: { courierAccountId: true },
  });
  return { courierAccountId, ...rule };
}

import { db, type Tx } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { COURIER_FREIGHT_DEFAULTS, type FreightRuleValues } from "./courier-freight-defaults";

export interface AccountFreightRule extends FreightRuleValues {
  courierAccountId: string;
  courier: CourierCode;
  accountName: string;
  /** false: the courier's published defaults, never edited for this account */
  edited: boolean;
}

const RULE_SELECT = {
  volumetricDivisor: true,
  slabGrams: true,
  toleranceGrams: true,
  tolerancePercent: true,
  disputeWindowDays: true,
} as const;

/** Every courier account's weight rule: the admin's edit, else its courier's published default. */
export async function getFreightRules(tx: Tx | typeof db = db): Promise<AccountFreightRule[]> {
  const accounts = await tx.courierAccount.findMany({
    select: { id: true, courier: true, name: true, freightRule: { select: RULE_SELECT } },
    orderBy: [{ courier: "asc" }, { name: "asc" }],
  });
  return accounts.map((a) => ({
    courierAccountId: a.id,
    courier: a.courier,
    accountName: a.name,
    edited: a.freightRule !== null,
    ...(a.freightRule ?? COURIER_FREIGHT_DEFAULTS[a.courier]),
  }));
}

export async function rulesByAccount(
  tx: Tx | typeof db = db,
): Promise<Map<string, AccountFreightRule>> {
  return new Map((await getFreightRules(tx)).map((r) => [r.courierAccountId, r]));
}

import { db } from "@/lib/db";
import type { CarrierRules } from "@/lib/validation/carrier-rules";
import { readCarrierPolicy } from "./carrier-policy";
import { readCarrierRules } from "./carrier-rules";
import { describeAction, describeRule } from "./describe-carrier-rule";
import { MIN_PINCODE_PARCELS } from "./measured-rates";

/**
 * The carrier rules screen: the rules in order with their explanation, the courier accounts a
 * rule may name, and the save time the next save must name. Until rules are saved the screen
 * starts from the carrier policy's rule over every account, which is what booking does then.
 */
export async function getCarrierRules() {
  const [stored, policy, accounts] = await Promise.all([
    readCarrierRules(),
    readCarrierPolicy(),
    db.courierAccount.findMany({
      orderBy: [{ active: "desc" }, { priority: "asc" }, { name: "asc" }],
      select: { id: true, name: true, courier: true, active: true },
    }),
  ]);
  const rules: CarrierRules = stored.rules ?? {
    rules: [],
    otherwise: {
      kind: "POLICY",
      policy:
        policy.rule === "FASTEST"
          ? "FASTEST"
          : policy.rule === "CHEAPEST"
            ? "CHEAPEST"
            : "BEST_RECORD",
      accountIds: [],
    },
  };
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return {
    ...rules,
    explained: rules.rules.map((r, i) => describeRule(i + 1, r, names)),
    otherwiseExplained: `Otherwise Packline ${describeAction(rules.otherwise, names)}.`,
    saved: stored.rules !== null,
    basedOn: stored.savedAt?.toISOString() ?? null,
    accounts,
    minPincodeParcels: MIN_PINCODE_PARCELS,
  };
}

export type CarrierRulesView = Awaited<ReturnType<typeof getCarrierRules>>;

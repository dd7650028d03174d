import type {
  CarrierRuleAction,
  CarrierRuleConditions,
  CarrierRules,
} from "@/lib/validation/carrier-rules";
import type { CarrierPolicy } from "./carrier-policy";
import {
  describeQuote,
  POLICY_WORDS,
  rankCandidates,
  recordOf,
  type CarrierCandidate,
} from "./select-carrier";

/** What the rules look at: the parcel, where it goes, and the order's RTO risk score. */
export interface ParcelFacts {
  cod: boolean;
  weightGrams: number;
  dropPincode: string;
  valuePaise: number;
  /** Order.rtoRiskScore; null = not scored, which a risk condition never matches */
  riskScore: number | null;
}

/** Do all of a rule's conditions hold? Zones and pincodes together are one "where to". */
export function conditionsHold(c: CarrierRuleConditions, p: ParcelFacts): boolean {
  if (c.payment === "COD" && !p.cod) return false;
  if (c.payment === "PREPAID" && p.cod) return false;
  if (c.minWeightGrams !== null && p.weightGrams < c.minWeightGrams) return false;
  if (c.maxWeightGrams !== null && p.weightGrams > c.maxWeightGrams) return false;
  if (c.minValuePaise !== null && p.valuePaise < c.minValuePaise) return false;
  if (c.maxValuePaise !== null && p.valuePaise > c.maxValuePaise) return false;
  if (c.zones.length || c.pincodes.length) {
    const inZone = c.zones.some((z) => p.dropPincode.startsWith(z));
    if (!inZone && !c.pincodes.includes(p.dropPincode)) return false;
  }
  if (c.minRiskScore !== null && (p.riskScore === null || p.riskScore < c.minRiskScore))
    return false;
  return true;
}

/** The first rule whose conditions hold (1-based position), else the default action. */
export function matchRule(
  doc: CarrierRules,
  p: ParcelFacts,
): { position: number | null; name: string | null; action: CarrierRuleAction } {
  const index = doc.rules.findIndex((r) => conditionsHold(r.conditions, p));
  const rule = doc.rules[index];
  return rule
    ? { position: index + 1, name: rule.name, action: rule.action }
    : { position: null, name: null, action: doc.otherwise };
}

/** Keeps each account's first (best) quote: fallback moves on to the next account. */
const onePerAccount = (ranked: CarrierCandidate[]) =>
  ranked.filter((c, i) => ranked.findIndex((o) => o.accountId === c.accountId) === i);

/**
 * The courier accounts to try, best first, one quote each: a preference in the admin's order
 * (each account's cheapest service), or the allowed accounts ranked by the policy (every active
 * one but the policy's exclusions when the rule names none). Accounts without a quote for the
 * lane (unserviceable, or no COD for a COD parcel) are left out.
 */
export function orderAccounts(
  action: CarrierRuleAction | { kind: "POLICY"; policy: CarrierPolicy["rule"]; accountIds: [] },
  candidates: CarrierCandidate[],
  policy: CarrierPolicy,
  cod: boolean,
): CarrierCandidate[] {
  const eligible = candidates.filter((c) => !cod || c.codAvailable);
  if (action.kind === "PREFER") {
    const cheapest = rankCandidates(eligible, { ...policy, rule: "CHEAPEST" });
    return action.accountIds.flatMap((id) => cheapest.find((c) => c.accountId === id) ?? []);
  }
  const allowed: string[] = action.accountIds;
  const pool = eligible.filter((c) =>
    allowed.length
      ? allowed.includes(c.accountId)
      : !policy.excludedAccountIds.includes(c.accountId),
  );
  return onePerAccount(rankCandidates(pool, { ...policy, rule: action.policy }));
}

export interface Allocation {
  /** best first; empty when no account can take the parcel */
  ranked: CarrierCandidate[];
  reason: string;
}

/**
 * The carrier rules' choice for a parcel: the first matching rule (or the default) orders the
 * accounts it allows; booking tries them in that order (book-shipment.ts). The reason names the
 * rule, the chosen account with its measured record and the accounts fallback would try next.
 */
export function allocateCarrier(
  doc: CarrierRules,
  facts: ParcelFacts,
  candidates: CarrierCandidate[],
  policy: CarrierPolicy,
): Allocation {
  const match = matchRule(doc, facts);
  const which = match.position
    ? `Rule ${match.position} (${match.name})`
    : "No rule matched, so the default";
  const ranked = orderAccounts(match.action, candidates, policy, facts.cod);
  const [best, ...rest] = ranked;
  if (!best)
    return {
      ranked,
      reason: `${which}: none of its courier accounts can take this parcel on this lane${facts.cod ? " with cash on delivery" : ""}.`,
    };
  const how =
    match.action.kind === "PREFER"
      ? `preference ${match.action.accountIds.indexOf(best.accountId) + 1} of ${match.action.accountIds.length}`
      : `${POLICY_WORDS[match.action.policy].toLowerCase()} of ${ranked.length}`;
  const next = rest.length
    ? ` If it refuses: ${rest.map((c) => c.accountName).join(", then ")}.`
    : "";
  return {
    ranked,
    reason: `${which}, ${how}: ${describeQuote(best)}, ${recordOf(best)}.${next}`,
  };
}

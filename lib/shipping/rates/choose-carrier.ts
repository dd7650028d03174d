import { allocateCarrier, orderAccounts, type ParcelFacts } from "./allocate-carrier";
import { readCarrierPolicy } from "./carrier-policy";
import { readCarrierRules } from "./carrier-rules";
import { getRateQuotes, type LaneQuery } from "./get-rate-quotes";
import { measuredRates } from "./measured-rates";
import { selectCarrier, type CarrierCandidate, type CarrierChoice } from "./select-carrier";

export interface ChooseCarrierInput extends LaneQuery {
  overrideAccountId?: string | null;
  /** with an override account: that account's service, else its cheapest */
  overrideServiceCode?: string | null;
  /** Order.rtoRiskScore, for rules on risk; null = not scored */
  riskScore?: number | null;
}

export interface CarrierAllocation extends CarrierChoice {
  /** the accounts to try after the chosen one if it refuses the booking, in order */
  fallbacks: CarrierCandidate[];
}

/**
 * The courier for a parcel and the ones to fall back on: cached quotes, each account's measured
 * record where the parcel goes, and the admin's carrier rules (or, until rules are saved, the
 * carrier policy over every account). A manual override has no fallback: ops chose that courier.
 */
export async function chooseCarrier(input: ChooseCarrierInput): Promise<CarrierAllocation> {
  const [quotes, measured, policy, stored] = await Promise.all([
    getRateQuotes(input),
    measuredRates(input.dropPincode),
    readCarrierPolicy(),
    readCarrierRules(),
  ]);
  const candidates: CarrierCandidate[] = quotes
    .filter((q) => q.serviceable && q.chargePaise !== null)
    .map((q) => {
      const m = measured.get(q.accountId);
      return {
        ...q,
        chargePaise: q.chargePaise ?? 0,
        onTimeRate: m?.onTimeRate ?? null,
        rtoRate: m?.rtoRate ?? null,
        samples: m?.samples ?? 0,
        basis: m?.basis ?? `in zone ${input.dropPincode.slice(0, 2)}`,
      };
    });
  const options = {
    cod: input.cod,
    overrideAccountId: input.overrideAccountId,
    overrideServiceCode: input.overrideServiceCode,
  };
  if (input.overrideAccountId)
    return { ...selectCarrier(candidates, policy, options), fallbacks: [] };
  if (!stored.rules) {
    const choice = selectCarrier(candidates, policy, options);
    const ranked = orderAccounts(
      { kind: "POLICY", policy: policy.rule, accountIds: [] },
      candidates,
      policy,
      input.cod,
    );
    return { ...choice, fallbacks: ranked.filter((c) => c.accountId !== choice.chosen?.accountId) };
  }
  const facts: ParcelFacts = {
    cod: input.cod,
    weightGrams: input.weightGrams,
    dropPincode: input.dropPincode,
    valuePaise: input.declaredValuePaise,
    riskScore: input.riskScore ?? null,
  };
  const { ranked, reason } = allocateCarrier(stored.rules, facts, candidates, policy);
  return { chosen: ranked[0] ?? null, reason, fallbacks: ranked.slice(1) };
}

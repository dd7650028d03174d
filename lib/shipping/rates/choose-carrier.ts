import { readCarrierPolicy } from "./carrier-policy";
import { getRateQuotes, type LaneQuery } from "./get-rate-quotes";
import { selectCarrier, type CarrierCandidate, type CarrierChoice } from "./select-carrier";
import { zonePerformance } from "./zone-performance";

export interface ChooseCarrierInput extends LaneQuery {
  overrideAccountId?: string | null;
  /** with an override account: that account's service, else its cheapest */
  overrideServiceCode?: string | null;
}

/** The courier for a parcel: cached quotes + the zone's record + the admin's policy. */
export async function chooseCarrier(input: ChooseCarrierInput): Promise<CarrierChoice> {
  const [quotes, performance, policy] = await Promise.all([
    getRateQuotes(input),
    zonePerformance(input.dropPincode),
    readCarrierPolicy(),
  ]);
  const candidates: CarrierCandidate[] = quotes
    .filter((q) => q.serviceable && q.chargePaise !== null)
    .map((q) => ({
      ...q,
      chargePaise: q.chargePaise ?? 0,
      onTimeRate: performance.get(q.accountId)?.onTimeRate ?? null,
      rtoRate: performance.get(q.accountId)?.rtoRate ?? null,
      samples: performance.get(q.accountId)?.samples ?? 0,
    }));
  return selectCarrier(candidates, policy, {
    cod: input.cod,
    overrideAccountId: input.overrideAccountId,
    overrideServiceCode: input.overrideServiceCode,
  });
}

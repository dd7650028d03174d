import type { CarrierPolicy } from "./carrier-policy";

/** One courier account's quote for a lane, with Packline's own record of that courier there. */
export interface CarrierCandidate {
  accountId: string;
  accountName: string;
  priority: number;
  serviceCode: string | null;
  serviceName: string | null;
  chargePaise: number;
  promisedDays: number | null;
  codAvailable: boolean;
  /** measured to the drop pincode, or its zone (measured-rates.ts); null without history */
  onTimeRate: number | null;
  rtoRate: number | null;
  samples: number;
  /** where the rates were measured: "to pincode 560034", "in zone 56" */
  basis: string;
}

export interface CarrierChoice {
  chosen: CarrierCandidate | null;
  reason: string;
}

// Until a courier has this many finished shipments in a zone, its measured rates are blended
// with these priors, so one early failure does not decide the choice.
const PRIOR_WEIGHT = 20;
const PRIOR_ON_TIME = 0.85;
const PRIOR_RTO = 0.08;
const UNKNOWN_DAYS = 7;

const rupees = (paise: number) => `₹${(paise / 100).toFixed(2)}`;
const days = (d: number | null) =>
  d === null ? "no promised days" : `${d} day${d === 1 ? "" : "s"}`;
const label = (c: CarrierCandidate) =>
  `${c.accountName}${c.serviceName ? ` ${c.serviceName}` : ""}`;
export const describeQuote = (c: CarrierCandidate) =>
  `${label(c)} ${rupees(c.chargePaise)}, ${days(c.promisedDays)}`;

/** How a manual choice's reason starts: a retry of that booking stays with ops' courier. */
export const MANUAL_CHOICE = "Manual choice";

export const pct = (r: number | null) => (r === null ? "no history" : `${Math.round(r * 100)}%`);
/** A courier's measured record as ops read it after its name. */
export const recordOf = (c: CarrierCandidate) =>
  c.samples === 0
    ? `no finished parcels ${c.basis} yet`
    : `on time ${pct(c.onTimeRate)}, RTO ${pct(c.rtoRate)} (${c.samples} finished ${c.basis})`;
export const POLICY_WORDS = {
  CHEAPEST: "Cheapest",
  FASTEST: "Fastest",
  SCORE: "Best score",
  BEST_RECORD: "Best record",
} as const;

const blend = (rate: number | null, n: number, prior: number) =>
  ((rate ?? prior) * n + prior * PRIOR_WEIGHT) / (n + PRIOR_WEIGHT);

/** The score of a candidate among others (0..1, higher is better); exported for the dashboard. */
export function scoreOf(
  c: CarrierCandidate,
  all: CarrierCandidate[],
  policy: CarrierPolicy,
): number {
  const w = policy.weights;
  const total = w.cost + w.speed + w.onTime + w.rto || 1;
  const cheapest = Math.min(...all.map((a) => a.chargePaise));
  const fastest = Math.min(...all.map((a) => a.promisedDays ?? UNKNOWN_DAYS));
  const cost = c.chargePaise > 0 ? cheapest / c.chargePaise : 1;
  const speed = fastest / Math.max(c.promisedDays ?? UNKNOWN_DAYS, 1);
  const onTime = blend(c.onTimeRate, c.samples, PRIOR_ON_TIME);
  const rto = 1 - blend(c.rtoRate, c.samples, PRIOR_RTO);
  return (w.cost * cost + w.speed * Math.min(speed, 1) + w.onTime * onTime + w.rto * rto) / total;
}

/** Best first by the policy's rule; ties go to the cheaper, then the account's priority. */
export function rankCandidates(
  list: CarrierCandidate[],
  policy: CarrierPolicy,
): CarrierCandidate[] {
  const byPrice = (a: CarrierCandidate, b: CarrierCandidate) => a.chargePaise - b.chargePaise;
  const byDays = (a: CarrierCandidate, b: CarrierCandidate) =>
    (a.promisedDays ?? UNKNOWN_DAYS) - (b.promisedDays ?? UNKNOWN_DAYS);
  const byPriority = (a: CarrierCandidate, b: CarrierCandidate) => a.priority - b.priority;
  const sorted = [...list];
  if (policy.rule === "CHEAPEST")
    return sorted.sort((a, b) => byPrice(a, b) || byDays(a, b) || byPriority(a, b));
  if (policy.rule === "FASTEST")
    return sorted.sort((a, b) => byDays(a, b) || byPrice(a, b) || byPriority(a, b));
  if (policy.rule === "BEST_RECORD") {
    // fewest returns first, then most on time; few parcels lean on the priors (blend)
    const rto = (c: CarrierCandidate) => blend(c.rtoRate, c.samples, PRIOR_RTO);
    const onTime = (c: CarrierCandidate) => blend(c.onTimeRate, c.samples, PRIOR_ON_TIME);
    return sorted.sort(
      (a, b) => rto(a) - rto(b) || onTime(b) - onTime(a) || byPrice(a, b) || byPriority(a, b),
    );
  }
  const score = new Map(list.map((c) => [c, scoreOf(c, list, policy)]));
  return sorted.sort((a, b) => score.get(b)! - score.get(a)! || byPrice(a, b) || byPriority(a, b));
}

/**
 * Picks the courier for a parcel by the admin's rule (cheapest, fastest or a score of cost,
 * promised days, measured on-time and RTO rates), after exclusions and COD capability; a manual
 * override names the account to use. Pure: the reason says why, in words ops can check.
 */
export function selectCarrier(
  candidates: CarrierCandidate[],
  policy: CarrierPolicy,
  options: { cod: boolean; overrideAccountId?: string | null; overrideServiceCode?: string | null },
): CarrierChoice {
  const eligible = candidates.filter((c) => !options.cod || c.codAvailable);
  if (options.overrideAccountId) {
    const own = eligible.filter(
      (c) =>
        c.accountId === options.overrideAccountId &&
        (!options.overrideServiceCode || c.serviceCode === options.overrideServiceCode),
    );
    const pick = rankCandidates(own, { ...policy, rule: "CHEAPEST" })[0];
    return pick
      ? { chosen: pick, reason: `${MANUAL_CHOICE}: ${describeQuote(pick)}.` }
      : { chosen: null, reason: "The chosen courier account cannot serve this parcel." };
  }
  const allowed = eligible.filter((c) => !policy.excludedAccountIds.includes(c.accountId));
  if (allowed.length === 0) {
    const why =
      candidates.length === 0
        ? "No courier can serve this lane."
        : eligible.length === 0
          ? "No courier offers cash on delivery on this lane."
          : "Every courier that serves this lane is excluded by the carrier policy.";
    return { chosen: null, reason: why };
  }
  const [best, next] = rankCandidates(allowed, policy) as [
    CarrierCandidate,
    CarrierCandidate | undefined,
  ];
  const of = `of ${allowed.length} quote${allowed.length === 1 ? "" : "s"}`;
  const runnerUp = next ? ` Next: ${describeQuote(next)}.` : "";
  const excluded = eligible.length - allowed.length;
  const note = excluded ? ` ${excluded} excluded by policy.` : "";
  if (policy.rule === "SCORE")
    return {
      chosen: best,
      reason:
        `Best score ${scoreOf(best, allowed, policy).toFixed(2)} ${of}: ${describeQuote(best)}, ` +
        `${recordOf(best)}.${runnerUp}${note}`,
    };
  const word = POLICY_WORDS[policy.rule];
  const record = policy.rule === "BEST_RECORD" ? `, ${recordOf(best)}` : "";
  return {
    chosen: best,
    reason: `${word} ${of}: ${describeQuote(best)}${record}.${runnerUp}${note}`,
  };
}

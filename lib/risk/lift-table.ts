export interface ScoredOutcome {
  score: number;
  cameBack: boolean;
}

export interface Decile {
  decile: number;
  orders: number;
  rto: number;
  rate: number;
  minScore: number;
  maxScore: number;
}

export interface Lift {
  orders: number;
  rto: number;
  overallRate: number | null;
  /** RTO rate of the top-scored tenth ÷ the overall rate; null without RTOs or ten orders. */
  lift: number | null;
  deciles: Decile[];
}

/**
 * How well the scores ranked what really happened: orders sorted by score, highest first, cut
 * into ten groups as equal as the count allows (decile 1 the riskiest), each with its RTO rate.
 * Equal scores are kept in their given order (the caller's: placing time), so the cut is stable.
 */
export function liftTable(outcomes: ScoredOutcome[]): Lift {
  const n = outcomes.length;
  const rto = outcomes.filter((o) => o.cameBack).length;
  const sorted = outcomes
    .map((o, i) => ({ ...o, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const deciles: Decile[] = [];
  if (n >= 10)
    for (let d = 0; d < 10; d++) {
      const group = sorted.slice(Math.floor((d * n) / 10), Math.floor(((d + 1) * n) / 10));
      const back = group.filter((o) => o.cameBack).length;
      deciles.push({
        decile: d + 1,
        orders: group.length,
        rto: back,
        rate: back / group.length,
        minScore: group.at(-1)!.score,
        maxScore: group[0]!.score,
      });
    }
  const overallRate = n > 0 ? rto / n : null;
  const lift = deciles.length > 0 && overallRate ? deciles[0]!.rate / overallRate : null;
  return { orders: n, rto, overallRate, lift, deciles };
}

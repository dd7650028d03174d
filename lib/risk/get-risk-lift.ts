import { replicaDb } from "@/lib/db";
import { liftTable, type Lift, type ScoredOutcome } from "./lift-table";
import { loadReplayInput } from "./load-replay-input";
import { lookUpPincode } from "./pincode-directory";
import { replayRisk } from "./risk-replay";

export interface RiskLift extends Lift {
  /** The span of placing times of the finished orders it rests on. */
  from: string | null;
  to: string | null;
}

/**
 * How well the score has ranked this merchant's own finished orders: each order is scored again
 * as of its placing (risk-replay.ts: never with later knowledge), and set against how its parcel
 * ended (came back if any forward parcel of it was RTO). Scores stored on the orders are not
 * used: some were written by a later backfill or an older version of the scorer.
 */
export async function getRiskLift(): Promise<RiskLift> {
  const input = await loadReplayInput(replicaDb);
  const ended = new Map<string, boolean>();
  for (const p of input.parcels)
    ended.set(p.orderId, (ended.get(p.orderId) ?? false) || p.cameBack);
  const outcomes: ScoredOutcome[] = [];
  // The replay walks in time order: the first finished order scored is the oldest.
  const placed: Date[] = [];
  replayRisk(input, lookUpPincode, (order, { score }) => {
    const cameBack = ended.get(order.id);
    if (cameBack === undefined) return;
    outcomes.push({ score, cameBack });
    placed.push(order.placedAt);
  });
  return {
    ...liftTable(outcomes),
    from: placed[0]?.toISOString() ?? null,
    to: placed.at(-1)?.toISOString() ?? null,
  };
}

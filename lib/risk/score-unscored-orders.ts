import { db } from "@/lib/db";
import { loadReplayInput } from "./load-replay-input";
import { lookUpPincode } from "./pincode-directory";
import { replayRisk } from "./risk-replay";
import type { RiskScore } from "./score-order";
import { writeScores } from "./score-placed-orders";

const CHUNK = 1000;

/**
 * The backfill: scores every order that has no score yet (placed before scoring existed, or
 * whose scoring failed) as of its placing, with only what was known then, so an old order reads
 * as it would have on the day. Orders already scored keep their score. Writes in chunks, each
 * its own transaction, and only where the score is still null, so a run beside live imports or
 * a second run changes nothing that is set. Returns how many orders it scored.
 */
export async function scoreUnscoredOrders(): Promise<number> {
  const input = await loadReplayInput();
  const unscored = new Set(input.orders.filter((o) => !o.scored).map((o) => o.id));
  if (unscored.size === 0) return 0;
  const scores: (RiskScore & { id: string })[] = [];
  replayRisk(input, lookUpPincode, (order, score) => {
    if (unscored.has(order.id)) scores.push({ id: order.id, ...score });
  });
  const scoredAt = new Date();
  for (let i = 0; i < scores.length; i += CHUNK)
    await db.$transaction((tx) =>
      writeScores(tx, scores.slice(i, i + CHUNK), scoredAt, { onlyUnscored: true }),
    );
  return scores.length;
}

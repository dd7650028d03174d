import type { Tx } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { loadRiskHistory, type HistoryKey } from "./load-risk-history";
import { lookUpPincode } from "./pincode-directory";
import { scoreOrder, type RiskOrder, type RiskScore } from "./score-order";

export type PlacedOrder = HistoryKey & RiskOrder;

/**
 * Scores orders as they are placed, inside the transaction that inserts them, from what
 * Packline knows at that moment, and writes Order.rtoRisk*. A score is advice: whatever goes
 * wrong here (the directory file, a query, the scorer) must not cost the import its orders, so
 * the work runs under a savepoint that is rolled back on failure, the scores stay null (an
 * unscored order, which the backfill script scores later) and the reason is logged.
 * Returns how many orders were scored.
 */
export async function scorePlacedOrders(tx: Tx, orders: PlacedOrder[]): Promise<number> {
  if (orders.length === 0) return 0;
  await tx.$executeRaw`SAVEPOINT rto_risk`;
  try {
    const histories = await loadRiskHistory(tx, orders);
    const scores = orders.map((o, i) => ({
      id: o.id,
      ...scoreOrder(o, histories[i]!, lookUpPincode),
    }));
    await writeScores(tx, scores, new Date());
    await tx.$executeRaw`RELEASE SAVEPOINT rto_risk`;
    return scores.length;
  } catch (error) {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT rto_risk`;
    log.error("RTO risk scoring failed; the orders stay unscored", {
      orders: orders.map((o) => o.id),
      error: error instanceof Error ? error.message : String(error),
    });
    return 0;
  }
}

/** One UPDATE for the batch; onlyUnscored leaves a score that is already set (the backfill). */
export async function writeScores(
  tx: Tx,
  scores: (RiskScore & { id: string })[],
  scoredAt: Date,
  options: { onlyUnscored?: boolean } = {},
): Promise<void> {
  if (scores.length === 0) return;
  const rows = scores.map((s) => ({ id: s.id, score: s.score, reasons: s.reasons }));
  await tx.$executeRaw`
    UPDATE "Order" o SET "rtoRiskScore" = v.score, "rtoRiskReasons" = v.reasons,
      "rtoRiskScoredAt" = ${scoredAt}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, score int, reasons jsonb)
    WHERE o.id = v.id AND (${!options.onlyUnscored} OR o."rtoRiskScore" IS NULL)`;
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { riskBand, type RiskBand } from "./risk-band";
import type { RiskReason } from "./score-order";

export const riskSelect = {
  rtoRiskScore: true,
  rtoRiskReasons: true,
  rtoRiskScoredAt: true,
} as const satisfies Prisma.OrderSelect;

export interface RiskView {
  score: number;
  band: RiskBand;
  reasons: RiskReason[];
  scoredAt: string | null;
}

function isReason(value: unknown): value is RiskReason {
  const r = value as RiskReason;
  return typeof r?.code === "string" && typeof r.text === "string" && typeof r.weight === "number";
}

/** The order page's risk: null while the order is unscored. Reasons of another shape are dropped. */
export function toRiskView(order: {
  rtoRiskScore: number | null;
  rtoRiskReasons: Prisma.JsonValue | null;
  rtoRiskScoredAt: Date | null;
}): RiskView | null {
  if (order.rtoRiskScore === null) return null;
  const reasons = Array.isArray(order.rtoRiskReasons)
    ? (order.rtoRiskReasons as unknown[]).filter(isReason)
    : [];
  return {
    score: order.rtoRiskScore,
    band: riskBand(order.rtoRiskScore),
    reasons,
    scoredAt: order.rtoRiskScoredAt?.toISOString() ?? null,
  };
}

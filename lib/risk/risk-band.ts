import { BANDS } from "./risk-weights";

export const RISK_BANDS = ["low", "medium", "high"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export function riskBand(score: number): RiskBand {
  if (score >= BANDS.high) return "high";
  if (score >= BANDS.medium) return "medium";
  return "low";
}

/** The scores of a band, [min, max] inclusive, for a filter. */
export function bandRange(band: RiskBand): [number, number] {
  if (band === "high") return [BANDS.high, 100];
  if (band === "medium") return [BANDS.medium, BANDS.high - 1];
  return [0, BANDS.medium - 1];
}

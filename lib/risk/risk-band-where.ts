import type { Prisma } from "@/lib/generated/prisma/client";
import { bandRange, type RiskBand } from "./risk-band";

/** The order list's risk filter: scored orders in the band (the index on rtoRiskScore serves it). */
export function riskBandWhere(band: RiskBand): Prisma.OrderWhereInput {
  const [min, max] = bandRange(band);
  return { rtoRiskScore: { gte: min, lte: max } };
}

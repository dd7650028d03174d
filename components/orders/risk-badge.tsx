import { riskBand, type RiskBand } from "@/lib/risk/risk-band";

const tones: Record<RiskBand, string> = {
  low: "bg-emerald-100 text-emerald-900",
  medium: "bg-amber-100 text-amber-900",
  high: "bg-red-100 text-red-800",
};
export const RISK_BAND_LABEL: Record<RiskBand, string> = {
  low: "Low risk",
  medium: "Medium risk",
  high: "High risk",
};

/** The RTO risk of an order as a small badge: band and score; nothing while it is unscored. */
export function RiskBadge({ score }: { score: number | null }) {
  if (score === null) return null;
  const band = riskBand(score);
  return (
    <span
      data-testid="risk-badge"
      data-band={band}
      title={`RTO risk ${score} of 100: about ${score} % chance the parcel comes back`}
      className={`rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[band]}`}
    >
      {RISK_BAND_LABEL[band]} · {score}
    </span>
  );
}

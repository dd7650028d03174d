import type { RiskView } from "@/lib/risk/risk-view";
import { Section } from "./detail-section";
import { formatIst } from "./format";
import { RiskBadge } from "./risk-badge";

/** The order page's RTO risk: score, band and the reasons that moved it, strongest first. */
export function RiskSection({ risk }: { risk: RiskView | null }) {
  return (
    <Section title="RTO risk">
      {risk === null ? (
        <p className="text-sm text-slate-600">Not scored yet.</p>
      ) : (
        <>
          <p className="flex items-center gap-2 text-sm">
            <RiskBadge score={risk.score} />
            <span className="text-slate-600">about {risk.score} % chance it comes back</span>
          </p>
          <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label="Why">
            {risk.reasons.map((reason) => (
              <li key={reason.code} className="flex gap-2" data-testid="risk-reason">
                <span
                  aria-label={
                    reason.weight > 0 ? "raises" : reason.weight < 0 ? "lowers" : "context"
                  }
                  className={
                    reason.weight > 0
                      ? "text-red-700"
                      : reason.weight < 0
                        ? "text-emerald-700"
                        : "text-slate-400"
                  }
                >
                  {reason.weight > 0 ? "▲" : reason.weight < 0 ? "▼" : "•"}
                </span>
                {/* a per cent sign stays with its number when the line wraps */}
                <span className="text-slate-800">{reason.text.replace(/ %/g, "\u00a0%")}</span>
              </li>
            ))}
          </ul>
          {risk.scoredAt && (
            <p className="mt-2 text-xs text-slate-500">Scored {formatIst(risk.scoredAt)}</p>
          )}
        </>
      )}
    </Section>
  );
}

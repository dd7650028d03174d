import type { CodConfirmationRule } from "@/lib/validation/cod-confirmation";
import { formatRupees } from "@/lib/warehouse/format";

export interface OrderForRule {
  paymentMethod: "COD" | "PREPAID" | string;
  codAmountPaise: number;
  /** 0–100, written by the RTO risk scorer (lib/risk); null when the order was not scored */
  rtoRiskScore: number | null;
}

export interface RuleDecision {
  selected: boolean;
  /** why, in a sentence for the order's history */
  reason: string;
}

/**
 * Whether the rule asks this order's buyer to confirm. Every COD order wins outright; otherwise
 * the amount and risk conditions that are set combine by ANY or ALL. An order without a risk
 * score is not selected by the risk condition, and the reason says so, so ops can tell "low risk"
 * from "never scored".
 */
export function decideRule(rule: CodConfirmationRule, order: OrderForRule): RuleDecision {
  if (!rule.enabled) return { selected: false, reason: "COD confirmation is off." };
  if (order.paymentMethod !== "COD")
    return { selected: false, reason: "Prepaid: nothing to confirm." };
  if (rule.everyCod) return { selected: true, reason: "The rule confirms every COD order." };
  const checks: { met: boolean; why: string }[] = [];
  if (rule.minAmountPaise !== null) {
    const met = order.codAmountPaise >= rule.minAmountPaise;
    checks.push({
      met,
      why: `COD ${formatRupees(order.codAmountPaise)} is ${met ? "at or above" : "below"} ${formatRupees(rule.minAmountPaise)}`,
    });
  }
  if (rule.minRiskScore !== null) {
    const score = order.rtoRiskScore;
    checks.push(
      score === null
        ? {
            met: false,
            why: "the order has no RTO risk score (not scored), so risk did not select it",
          }
        : {
            met: score >= rule.minRiskScore,
            why: `RTO risk ${score} is ${score >= rule.minRiskScore ? "at or above" : "below"} ${rule.minRiskScore}`,
          },
    );
  }
  if (checks.length === 0) return { selected: false, reason: "The rule selects no COD order." };
  const selected = rule.combine === "ALL" ? checks.every((c) => c.met) : checks.some((c) => c.met);
  const text = checks.map((c) => c.why).join("; ");
  return {
    selected,
    reason: `${selected ? "Confirmation needed" : "No confirmation needed"}: ${text}.`,
  };
}

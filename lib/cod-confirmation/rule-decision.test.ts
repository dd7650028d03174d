import { describe, expect, it } from "vitest";
import {
  codConfirmationRuleInput,
  ruleFromInput,
  RULE_OFF,
  type CodConfirmationRule,
} from "@/lib/validation/cod-confirmation";
import { decideRule } from "./rule-decision";

const on = (r: Partial<CodConfirmationRule>): CodConfirmationRule => ({
  ...RULE_OFF,
  enabled: true,
  ...r,
});
const cod = (codAmountPaise: number, rtoRiskScore: number | null = null) => ({
  paymentMethod: "COD",
  codAmountPaise,
  rtoRiskScore,
});

describe("decideRule", () => {
  it("selects nothing while the rule is off, and never a prepaid order", () => {
    expect(decideRule(RULE_OFF, cod(500_00)).selected).toBe(false);
    const prepaid = { paymentMethod: "PREPAID", codAmountPaise: 0, rtoRiskScore: 99 };
    expect(decideRule(on({ everyCod: true }), prepaid)).toEqual({
      selected: false,
      reason: "Prepaid: nothing to confirm.",
    });
  });

  it("selects every COD order when told to", () => {
    expect(decideRule(on({ everyCod: true }), cod(1)).selected).toBe(true);
  });

  it("selects COD at or above the amount, not below", () => {
    const rule = on({ minAmountPaise: 2000_00 });
    expect(decideRule(rule, cod(2000_00)).selected).toBe(true);
    const below = decideRule(rule, cod(1999_99));
    expect(below.selected).toBe(false);
    expect(below.reason).toContain("Rs. 1,999.99 is below Rs. 2,000.00");
  });

  it("selects by risk, and an unscored order is not selected and says why", () => {
    const rule = on({ minRiskScore: 70 });
    expect(decideRule(rule, cod(100_00, 70)).selected).toBe(true);
    expect(decideRule(rule, cod(100_00, 69)).selected).toBe(false);
    const unscored = decideRule(rule, cod(100_00, null));
    expect(unscored.selected).toBe(false);
    expect(unscored.reason).toContain("no RTO risk score (not scored)");
  });

  it("combines amount and risk by ANY or ALL", () => {
    const any = on({ minAmountPaise: 2000_00, minRiskScore: 70, combine: "ANY" });
    const all = { ...any, combine: "ALL" as const };
    expect(decideRule(any, cod(2500_00, 10)).selected).toBe(true);
    expect(decideRule(all, cod(2500_00, 10)).selected).toBe(false);
    expect(decideRule(all, cod(2500_00, 80)).selected).toBe(true);
    expect(decideRule(all, cod(2500_00, null)).selected).toBe(false);
  });
});

describe("the admin's form", () => {
  const form = {
    enabled: true,
    everyCod: false,
    minAmountRupees: 1499.5,
    minRiskScore: null,
    combine: "ANY",
    deadlineHours: 24,
    channels: ["WHATSAPP", "SMS"],
  };

  it("stores rupees as paise", () => {
    const rule = ruleFromInput(codConfirmationRuleInput.parse(form));
    expect(rule.minAmountPaise).toBe(149_950);
  });

  it("refuses a rule that is on but selects nothing, with a sentence", () => {
    const result = codConfirmationRuleInput.safeParse({ ...form, minAmountRupees: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Choose which COD orders to confirm/);
  });

  it("refuses no channel and a deadline past a week", () => {
    expect(codConfirmationRuleInput.safeParse({ ...form, channels: [] }).success).toBe(false);
    expect(codConfirmationRuleInput.safeParse({ ...form, deadlineHours: 169 }).success).toBe(false);
  });
});

import type { CarrierRule, CarrierRuleAction } from "@/lib/validation/carrier-rules";

// The carrier rule dialog's text fields ⇄ a rule: rupees typed, paise stored; zones typed as
// "40-44, 560", stored as the prefixes. The server checks the result with the same schema.

export interface RuleFields {
  name: string;
  payment: "ANY" | "COD" | "PREPAID";
  minWeight: string;
  maxWeight: string;
  zones: string;
  pincodes: string;
  minValue: string;
  maxValue: string;
  minRisk: string;
  action: CarrierRuleAction;
}

const list = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/** "40-44, 560" → 40 … 44 and 560; a range of prefixes of one length, at most 200 of them. */
export function expandZones(text: string): string[] {
  return list(text).flatMap((item) => {
    const range = /^(\d+)[-–](\d+)$/.exec(item);
    if (!range || range[1]!.length !== range[2]!.length) return [item];
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to < from || to - from > 200) return [item];
    return Array.from({ length: to - from + 1 }, (_, i) =>
      String(from + i).padStart(range[1]!.length, "0"),
    );
  });
}

const number = (text: string) => (text.trim() === "" ? null : Number(text));
const paise = (rupees: string) => {
  const n = number(rupees.replace(/[₹,\s]/g, ""));
  return n === null || Number.isNaN(n) ? n : Math.round(n * 100);
};
const rupees = (p: number | null) => (p === null ? "" : String(p / 100));
const text = (n: number | null) => (n === null ? "" : String(n));

export function toRule(f: RuleFields): unknown {
  return {
    name: f.name,
    conditions: {
      payment: f.payment,
      minWeightGrams: number(f.minWeight),
      maxWeightGrams: number(f.maxWeight),
      zones: expandZones(f.zones),
      pincodes: list(f.pincodes),
      minValuePaise: paise(f.minValue),
      maxValuePaise: paise(f.maxValue),
      minRiskScore: number(f.minRisk),
    },
    action: f.action,
  };
}

export function toFields(rule: CarrierRule | null, firstAccount: string | null): RuleFields {
  const c = rule?.conditions;
  return {
    name: rule?.name ?? "",
    payment: c?.payment ?? "ANY",
    minWeight: text(c?.minWeightGrams ?? null),
    maxWeight: text(c?.maxWeightGrams ?? null),
    zones: c?.zones.join(", ") ?? "",
    pincodes: c?.pincodes.join(", ") ?? "",
    minValue: rupees(c?.minValuePaise ?? null),
    maxValue: rupees(c?.maxValuePaise ?? null),
    minRisk: text(c?.minRiskScore ?? null),
    action: rule?.action ?? { kind: "PREFER", accountIds: firstAccount ? [firstAccount] : [] },
  };
}

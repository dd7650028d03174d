import type { CarrierRuleAction, CarrierRuleConditions } from "@/lib/validation/carrier-rules";

// Carrier rules in words, for the admin screen and the booking's choice reason. Pure (no
// database), so the screen explains a rule as the admin edits it.

const kg = (g: number) => (g % 1000 === 0 ? `${g / 1000} kg` : `${g.toLocaleString("en-IN")} g`);
const rupees = (paise: number) =>
  `₹${(paise / 100).toLocaleString("en-IN", { maximumFractionDigits: 2 })}`;

const range = (
  min: number | null,
  max: number | null,
  unit: (n: number) => string,
): string | null => {
  if (min !== null && max !== null) return `${unit(min)}–${unit(max)}`;
  if (min !== null) return `${unit(min)} or more`;
  if (max !== null) return `up to ${unit(max)}`;
  return null;
};

/** "40, 41, 42, 44, 560" → "40–42, 44, 560": runs of same-length prefixes folded. */
export function zoneRuns(zones: string[]): string {
  const sorted = [...new Set(zones)].sort((a, b) => a.length - b.length || Number(a) - Number(b));
  const runs: string[][] = [];
  for (const z of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.length === z.length && Number(z) === Number(last) + 1) run.push(z);
    else runs.push([z]);
  }
  return runs.map((r) => (r.length > 2 ? `${r[0]}–${r.at(-1)}` : r.join(", "))).join(", ");
}

/** "COD parcels of 2 kg or more, worth up to ₹5,000, to zones 40–44, RTO risk 70 or more". */
export function describeConditions(c: CarrierRuleConditions): string {
  const what =
    c.payment === "COD" ? "COD parcels" : c.payment === "PREPAID" ? "prepaid parcels" : "parcels";
  const parts = [what];
  const weight = range(c.minWeightGrams, c.maxWeightGrams, kg);
  if (weight) parts.push(`weighing ${weight}`);
  const value = range(c.minValuePaise, c.maxValuePaise, rupees);
  if (value) parts.push(`worth ${value}`);
  const places = [
    c.zones.length ? `zone${c.zones.length === 1 ? "" : "s"} ${zoneRuns(c.zones)}` : null,
    c.pincodes.length
      ? `pincode${c.pincodes.length === 1 ? "" : "s"} ${c.pincodes.slice(0, 5).join(", ")}${c.pincodes.length > 5 ? ` and ${c.pincodes.length - 5} more` : ""}`
      : null,
  ].filter(Boolean);
  if (places.length) parts.push(`to ${places.join(" or ")}`);
  if (c.minRiskScore !== null) parts.push(`with an RTO risk score of ${c.minRiskScore} or more`);
  return parts.length === 1 ? `all ${what}` : parts.join(" ");
}

const POLICY_PHRASE = {
  CHEAPEST: "the cheapest",
  FASTEST: "the fastest",
  BEST_RECORD: "the best delivery record",
} as const;

/** "tries Delhivery, then Shiprocket" / "takes the cheapest of every active courier". */
export function describeAction(a: CarrierRuleAction, names: ReadonlyMap<string, string>): string {
  const named = a.accountIds.map((id) => names.get(id) ?? "a removed account");
  if (a.kind === "PREFER")
    return named.length === 1 ? `books with ${named[0]}` : `tries ${named.join(", then ")}`;
  const pool = named.length ? named.join(", ") : "every active courier";
  return `takes ${POLICY_PHRASE[a.policy]} of ${pool}, then the next by the same measure`;
}

/** "Rule 2 matches COD parcels … and tries Delhivery, then Shiprocket." */
export function describeRule(
  position: number,
  rule: { conditions: CarrierRuleConditions; action: CarrierRuleAction },
  names: ReadonlyMap<string, string>,
): string {
  return `Rule ${position} matches ${describeConditions(rule.conditions)} and ${describeAction(rule.action, names)}.`;
}

import { db } from "@/lib/db";
import { carrierRulesDocument, type CarrierRules } from "@/lib/validation/carrier-rules";

/** The admin's carrier rules, stored as one document in the Setting "shipping.carrier_rules". */
export const CARRIER_RULES_KEY = "shipping.carrier_rules";

export interface StoredCarrierRules {
  /** null until an admin saves rules: the carrier policy alone decides, as before rules */
  rules: CarrierRules | null;
  /** when they were saved: the token a later save must name (save-carrier-rules.ts) */
  savedAt: Date | null;
}

export async function readCarrierRules(): Promise<StoredCarrierRules> {
  const row = await db.setting.findUnique({
    where: { key: CARRIER_RULES_KEY },
    select: { value: true, updatedAt: true },
  });
  if (!row) return { rules: null, savedAt: null };
  // Saved through the same schema; a document that no longer parses (a removed field) is
  // ignored rather than booking by half a rule.
  const parsed = carrierRulesDocument.safeParse(row.value);
  return { rules: parsed.success ? parsed.data : null, savedAt: row.updatedAt };
}

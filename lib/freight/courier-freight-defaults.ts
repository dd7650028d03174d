import type { CourierCode } from "@/lib/generated/prisma/enums";

/** How one courier account bills weight; FreightRule holds the admin's edits of these. */
export interface FreightRuleValues {
  /** cm³ per kg: volumetric kg = L × B × H (cm) ÷ divisor */
  volumetricDivisor: number;
  /** the charged weight is rounded up to a whole number of these */
  slabGrams: number;
  /** a charge this far above the expected weight is not flagged (the larger of the two wins) */
  toleranceGrams: number;
  tolerancePercent: number;
  /** days after the charge within which the courier accepts a dispute */
  disputeWindowDays: number;
}

// What each courier publishes, and where; the admin edits them per account where a contract
// says otherwise (FreightRule).
//
// Shiprocket: "the amount for your order is charged based on its dead weight or volumetric
// weight, whichever is higher" (support.shiprocket.in, article 43000337697). Its published
// "Get Specific Order Details" sample shows the divisor: an 11 × 11 × 11 cm box has
// volumetric_weight 0.266 kg = 1331 / 5000 (apidocs.shiprocket.in, Orders folder). Its rate
// answers quote min_weight / charge_weight 0.5 kg: 500 g slabs. Disputes: the same article says
// an unanswered discrepancy is auto-accepted after seven days, the "weight dispute manager"
// article (43000477577) after four: the shorter one is the default, so no dispute is late.
//
// Delhivery: no divisor, slab or dispute window is in its published B2C API docs; tracking
// states ChargedWeight in grams (lib/couriers/delhivery/tracking.ts). L × B × H / 5000 and
// 500 g slabs are the common Indian surface rule, used until the admin enters the contract's.
//
// Ekart: its published rate answer carries volumetricWeight and billingWeight but not the
// formula; same common rule, admin-editable. Neither Delhivery nor Ekart publishes a dispute
// window: seven days is Packline's default.
const COMMON: FreightRuleValues = {
  volumetricDivisor: 5000,
  slabGrams: 500,
  toleranceGrams: 100,
  tolerancePercent: 10,
  disputeWindowDays: 7,
};

export const COURIER_FREIGHT_DEFAULTS: Record<CourierCode, FreightRuleValues> = {
  SHIPROCKET: { ...COMMON, disputeWindowDays: 4 },
  DELHIVERY: COMMON,
  EKART: COMMON,
};

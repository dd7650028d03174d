import { z } from "./zod";

// Admin → Carrier rules: which courier accounts a parcel is offered to, in which order. Stored
// as one document (lib/shipping/rates/carrier-rules.ts); money in paise, weight in grams.

const accountId = z.string().min(1).max(100);
const MAX_PAISE = 100_000_000; // ₹10 lakh: above any parcel Packline books

/** What a rule does: try these accounts in this order, or rank the allowed ones by a policy. */
export const carrierRuleAction = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("PREFER"),
      accountIds: z
        .array(accountId)
        .min(1, "Choose at least one courier account, in the order to try them.")
        .max(20, "A preference lists at most 20 courier accounts."),
    }),
    z.object({
      kind: z.literal("POLICY"),
      policy: z.enum(["CHEAPEST", "FASTEST", "BEST_RECORD"], {
        error: "Choose cheapest, fastest or best record.",
      }),
      /** the accounts the policy ranks; empty: every active account */
      accountIds: z.array(accountId).max(20, "Allow at most 20 courier accounts."),
    }),
  ],
  { error: "Choose an ordered list of couriers or a policy." },
);
export type CarrierRuleAction = z.output<typeof carrierRuleAction>;

const grams = (what: string) =>
  z
    .number({ error: `Enter the ${what} weight in grams.` })
    .int(`Enter the ${what} weight in whole grams.`)
    .min(0, `The ${what} weight cannot be negative.`)
    .max(100_000, `The ${what} weight is at most 100,000 g (100 kg).`)
    .nullable();
const paise = (what: string) =>
  z
    .number({ error: `Enter the ${what} order value.` })
    .int(`Enter the ${what} order value in whole paise.`)
    .min(0, `The ${what} order value cannot be negative.`)
    .max(MAX_PAISE, `The ${what} order value is at most ₹10,00,000.`)
    .nullable();

export const carrierRuleConditions = z
  .object({
    payment: z.enum(["ANY", "COD", "PREPAID"], { error: "Choose COD, prepaid or any payment." }),
    minWeightGrams: grams("lowest"),
    maxWeightGrams: grams("highest"),
    /** pincode prefixes (a postal zone "56", a district "560"); empty: anywhere */
    zones: z
      .array(z.string().regex(/^[1-9]\d{0,4}$/, "A zone is the first 1 to 5 digits of a pincode."))
      .max(200, "List at most 200 zones."),
    pincodes: z
      .array(z.string().regex(/^[1-9]\d{5}$/, "A pincode is 6 digits, not starting with 0."))
      .max(500, "List at most 500 pincodes."),
    minValuePaise: paise("lowest"),
    maxValuePaise: paise("highest"),
    /** orders whose RTO risk score is at least this; unscored orders never match */
    minRiskScore: z
      .number({ error: "Enter the RTO risk score threshold, from 0 to 100." })
      .int("Enter a whole RTO risk score, from 0 to 100.")
      .min(0, "The RTO risk score threshold is at least 0.")
      .max(100, "The RTO risk score threshold is at most 100.")
      .nullable(),
  })
  .refine(
    (c) =>
      c.minWeightGrams === null ||
      c.maxWeightGrams === null ||
      c.minWeightGrams <= c.maxWeightGrams,
    { message: "The lowest weight must not be above the highest.", path: ["maxWeightGrams"] },
  )
  .refine(
    (c) =>
      c.minValuePaise === null || c.maxValuePaise === null || c.minValuePaise <= c.maxValuePaise,
    { message: "The lowest order value must not be above the highest.", path: ["maxValuePaise"] },
  );
export type CarrierRuleConditions = z.output<typeof carrierRuleConditions>;

export const carrierRule = z.object({
  name: z
    .string({ error: "Name the rule." })
    .trim()
    .min(1, "Name the rule.")
    .max(60, "Keep the rule's name to 60 characters or fewer."),
  conditions: carrierRuleConditions,
  action: carrierRuleAction,
});
export type CarrierRule = z.output<typeof carrierRule>;

export const carrierRulesDocument = z.object({
  /** tried in order; the first whose conditions all hold decides */
  rules: z.array(carrierRule).max(30, "Keep to 30 rules or fewer."),
  /** when no rule matches */
  otherwise: carrierRuleAction,
});
export type CarrierRules = z.output<typeof carrierRulesDocument>;

export const carrierRulesBody = carrierRulesDocument.extend({
  /** when the rules the admin edited were saved (null: never): a save over a newer one is refused */
  basedOn: z.iso.datetime({ error: "basedOn is the time the rules were loaded." }).nullable(),
});
export type CarrierRulesBody = z.output<typeof carrierRulesBody>;

import { z } from "./zod";

// The admin's COD confirmation rule (Admin → COD confirmation), stored in the Setting
// "cod-confirmation.rule". The form speaks rupees; the rule keeps paise.

export const COD_CONFIRMATION_CHANNELS = ["WHATSAPP", "SMS"] as const;
export type CodConfirmationChannel = (typeof COD_CONFIRMATION_CHANNELS)[number];

export const MAX_DEADLINE_HOURS = 168;

/** The rule as stored and as the engine reads it. */
export const codConfirmationRule = z
  .object({
    enabled: z.boolean(),
    /** every COD order */
    everyCod: z.boolean(),
    /** COD orders whose amount to collect is at least this, or null */
    minAmountPaise: z.number().int().min(100).max(100_000_000).nullable(),
    /** COD orders whose RTO risk score is at least this (0–100), or null */
    minRiskScore: z.number().int().min(1).max(100).nullable(),
    /** how the amount and risk conditions combine when both are set */
    combine: z.enum(["ANY", "ALL"]),
    /** hours after asking until an unanswered order goes to ops */
    deadlineHours: z.number().int().min(1).max(MAX_DEADLINE_HOURS),
    channels: z.array(z.enum(COD_CONFIRMATION_CHANNELS)).min(1).max(2),
  })
  .strict();
export type CodConfirmationRule = z.infer<typeof codConfirmationRule>;

export const RULE_OFF: CodConfirmationRule = {
  enabled: false,
  everyCod: false,
  minAmountPaise: null,
  minRiskScore: null,
  combine: "ANY",
  deadlineHours: 24,
  channels: ["WHATSAPP", "SMS"],
};

const rupees = z
  .number({ message: "Enter the amount in rupees." })
  .min(1, "The amount must be at least ₹1.")
  .max(1_000_000, "The amount can be at most ₹10,00,000.")
  .nullable();

/** PUT /api/admin/cod-confirmation: the admin's form, amount in rupees. */
export const codConfirmationRuleInput = z
  .object({
    enabled: z.boolean(),
    everyCod: z.boolean(),
    minAmountRupees: rupees,
    minRiskScore: z
      .number({ message: "Enter a risk score from 1 to 100." })
      .int("Enter a whole risk score.")
      .min(1, "Enter a risk score from 1 to 100.")
      .max(100, "Enter a risk score from 1 to 100.")
      .nullable(),
    combine: z.enum(["ANY", "ALL"]),
    deadlineHours: z
      .number({ message: "Enter the deadline in hours." })
      .int("Enter whole hours.")
      .min(1, "The deadline must be at least 1 hour.")
      .max(MAX_DEADLINE_HOURS, `The deadline can be at most ${MAX_DEADLINE_HOURS} hours (a week).`),
    channels: z
      .array(z.enum(COD_CONFIRMATION_CHANNELS))
      .min(1, "Choose WhatsApp, SMS or both.")
      .max(2),
  })
  .strict()
  .refine(
    (r) => !r.enabled || r.everyCod || r.minAmountRupees !== null || r.minRiskScore !== null,
    {
      message: "Choose which COD orders to confirm: every COD order, above an amount, or by risk.",
      path: ["everyCod"],
    },
  );
export type CodConfirmationRuleInput = z.infer<typeof codConfirmationRuleInput>;

export function ruleFromInput(input: CodConfirmationRuleInput): CodConfirmationRule {
  return {
    enabled: input.enabled,
    everyCod: input.everyCod,
    minAmountPaise: input.minAmountRupees === null ? null : Math.round(input.minAmountRupees * 100),
    minRiskScore: input.minRiskScore,
    combine: input.combine,
    deadlineHours: input.deadlineHours,
    channels: [...new Set(input.channels)],
  };
}

export const CONFIRMATION_STATES = [
  "NOT_NEEDED",
  "CHECKING",
  "AWAITING",
  "CONFIRMED",
  "CANCELLED",
  "NO_ANSWER",
] as const;

/** The order list's filter: ?confirmation=AWAITING,NO_ANSWER (one or more states). */
export const confirmationFilter = z
  .string()
  .max(120)
  .transform((v) => v.split(",").filter(Boolean))
  .pipe(z.array(z.enum(CONFIRMATION_STATES, { message: "Unknown confirmation state." })).max(6));

/** The buyer's or ops' decision. */
export const confirmationAnswer = z.enum(["CONFIRM", "CANCEL"]);
export type ConfirmationAnswer = z.infer<typeof confirmationAnswer>;

export const confirmationTokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,200}\.[A-Za-z0-9_-]{20,100}$/, "This link is not complete."),
});

/** POST /api/cod-confirmations/{token}: the buyer's tap on the page. */
export const buyerAnswerBody = z.object({ answer: confirmationAnswer }).strict();

/** POST /api/orders/{id}/cod-confirmation: ops' decision after calling the buyer. */
export const opsDecisionBody = z
  .object({
    answer: confirmationAnswer,
    note: z
      .string()
      .trim()
      .min(3, "Write a short note of the call (who you spoke to, what they said).")
      .max(500, "Keep the note under 500 characters."),
  })
  .strict();

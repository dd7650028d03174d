import { z } from "./zod";

// Admin → NDR rules: what the rules job does with a failed delivery nobody answered.

const blankToNull = (v: unknown) =>
  v === undefined || (typeof v === "string" && v.trim() === "") ? null : v;

export const ndrRuleBody = z.object({
  /** null: the rule fits COD and prepaid parcels alike */
  paymentMethod: z.preprocess(
    blankToNull,
    z.enum(["COD", "PREPAID"], { error: "Choose COD, Prepaid or any payment method." }).nullable(),
  ),
  /** null: any courier reason; otherwise a phrase the reason must contain (any case) */
  reasonContains: z.preprocess(
    blankToNull,
    z
      .string({ error: "Type the reason phrase as text." })
      .trim()
      .min(2, "Type at least 2 characters of the courier's reason, or leave it empty.")
      .max(60, "Keep the reason phrase to 60 characters or fewer.")
      .nullable(),
  ),
  waitHours: z
    .number({ error: "Enter how many hours to wait for an answer, from 1 to 168." })
    .int("Enter whole hours, from 1 to 168.")
    .min(1, "Wait at least 1 hour for an answer.")
    .max(168, "Wait at most 168 hours (a week) for an answer."),
  maxAttempts: z
    .number({ error: "Enter the number of delivery attempts, from 1 to 5." })
    .int("Enter a whole number of attempts, from 1 to 5.")
    .min(1, "Allow at least 1 delivery attempt.")
    .max(5, "Allow at most 5 delivery attempts before the return."),
});
export type NdrRuleBody = z.output<typeof ndrRuleBody>;

export const ndrRuleParams = z.object({ id: z.string().min(1).max(100) });

import { z } from "./zod";

// Weight and freight reconciliation (lib/freight): the billing-file upload, disputes and the
// courier accounts' weight rules. Shared by the routes and the forms.

/** A courier's billing file is a few MB at most (20,000 rows of about 60 bytes). */
export const BILLING_FILE_MAX_BYTES = 2_000_000;

export const freightIdParams = z.object({ id: z.string().trim().min(1).max(64) });

export const billingImportBody = z.object({
  courierAccountId: z
    .string()
    .trim()
    .min(1, "Choose the courier account the file is from.")
    .max(64),
  fileName: z.string().trim().min(1, "Name the file.").max(200, "The file name is too long."),
  csv: z
    .string()
    .min(1, "The file is empty.")
    .max(BILLING_FILE_MAX_BYTES, "The file is too large: at most 2 MB."),
});

const note = z
  .string()
  .trim()
  .max(1000, "A note can be at most 1,000 characters.")
  .transform((v) => v || null)
  .nullish()
  .transform((v) => v ?? null);

export const openDisputeBody = z.object({ note });

export const disputeEventBody = z.object({
  status: z
    .enum(["SUBMITTED", "ACCEPTED", "REJECTED"], "Choose submitted, accepted or rejected.")
    .nullish()
    .transform((v) => v ?? null),
  note,
});

const int = (min: number, max: number, what: string) =>
  z.coerce
    .number(`${what} must be a number.`)
    .int(`${what} must be a whole number.`)
    .min(min, `${what} must be at least ${min}.`)
    .max(max, `${what} can be at most ${max}.`);

export const freightRuleBody = z.object({
  volumetricDivisor: int(1000, 10_000, "The divisor"),
  slabGrams: int(1, 5_000, "The slab"),
  toleranceGrams: int(0, 10_000, "The tolerance in grams"),
  tolerancePercent: int(0, 100, "The tolerance in percent"),
  disputeWindowDays: int(1, 90, "The dispute window"),
});

export type FreightRuleInput = z.infer<typeof freightRuleBody>;
export type DisputeEventInput = z.input<typeof disputeEventBody>;

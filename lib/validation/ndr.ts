import { z } from "./zod";
import { indianPhone } from "./indian-contact";

// POST /api/shipments/{id}/ndr: what ops ask the courier after a failed delivery attempt.
// Shared by the route and the NDR form; the date window and the courier's address limits
// depend on today and on the courier, so lib/shipping/check-ndr-request.ts checks those.

/** An optional text field: blank means "not given". */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} can be at most ${max} characters.`)
    .transform((v) => (v ? v.replace(/\s+/g, " ") : undefined))
    .optional();

const remarks = optionalText(200, "Remarks");

export const ndrReattemptBody = z
  .object({
    kind: z.literal("REATTEMPT"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose the day for the next attempt."),
    phone: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      indianPhone.optional(),
    ),
    addressLine1: optionalText(200, "House and street"),
    addressLine2: optionalText(200, "Area"),
    landmark: optionalText(100, "Landmark"),
    remarks,
  })
  .superRefine((body, ctx) => {
    // Couriers take a corrected address as a whole: a landmark alone would replace the street.
    if (!body.addressLine1 && (body.addressLine2 || body.landmark))
      ctx.addIssue({
        code: "custom",
        path: ["addressLine1"],
        message: "Enter the house and street too when you change the address.",
      });
  });

export const ndrRtoBody = z.object({ kind: z.literal("RTO"), remarks });

export const ndrActionBody = z.discriminatedUnion("kind", [ndrReattemptBody, ndrRtoBody]);
export type NdrActionBody = z.output<typeof ndrActionBody>;
export type NdrActionInput = z.input<typeof ndrActionBody>;

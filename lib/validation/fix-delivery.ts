import { ndrReattemptBody, ndrRtoBody } from "./ndr";
import { z } from "./zod";

// POST /api/fix-delivery/{token}: the buyer's answer to a failed delivery, from the link in
// their message. The same fields as ops' re-attempt, plus a pincode when they have moved.

export const fixDeliveryParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,200}\.[A-Za-z0-9_-]{20,100}$/, "This link is not complete."),
});

const pincode = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .trim()
    .regex(/^[1-9]\d{5}$/, "Enter the 6-digit pincode.")
    .optional(),
);

export const fixDeliveryBody = z.discriminatedUnion("kind", [
  ndrReattemptBody.safeExtend({ pincode }),
  ndrRtoBody,
]);
export type FixDeliveryBody = z.output<typeof fixDeliveryBody>;
export type FixDeliveryInput = z.input<typeof fixDeliveryBody>;

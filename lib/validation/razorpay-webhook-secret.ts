import { z } from "./zod";

/**
 * Admin → Payments: a new Razorpay webhook secret, the same text as entered in Razorpay's
 * dashboard (Accounts & Settings › Webhooks). Razorpay sets no rule for it; Packline asks for
 * one long enough that a signed delivery cannot be used to guess it.
 */
export const razorpayWebhookSecretInput = z.object({
  secret: z
    .string({ error: "Enter the webhook secret" })
    .min(12, "Use at least 12 characters; Generate makes a strong one")
    .max(256, "Use at most 256 characters")
    .refine(
      (s) => s.trim() === s,
      "Remove the spaces at the start or end: they paste easily and are hard to see",
    )
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "Use printable characters only"),
});

export type RazorpayWebhookSecretInput = z.infer<typeof razorpayWebhookSecretInput>;

import { z } from "zod";

// The parts of Razorpay's webhook payload Packline reads (amounts in paise, times in Unix seconds).
// Everything else in the body passes through unread, so a field Packline does not need can never
// turn a genuine payment away; Razorpay's own samples (fixtures/) are the test of that.
const notes = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .transform((n) => (Array.isArray(n) ? {} : n))
  .optional();

export const razorpayPaymentEntity = z.object({
  id: z.string().min(1).max(100),
  amount: z.number().int().min(0),
  // Razorpay's published samples send "currency": "" on netbanking, wallet and UPI payments; the
  // account is an Indian one, so an unstated currency is the rupee it settles in.
  currency: z
    .string()
    .max(3)
    .default("")
    .transform((c) => c.trim().toUpperCase() || "INR"),
  status: z.string().max(40),
  order_id: z.string().max(100).nullish(),
  method: z.string().max(40).nullish(),
  captured: z.boolean().optional(),
  notes,
  created_at: z.number().int().optional(),
});

export const razorpayOrderEntity = z.object({
  id: z.string().min(1).max(100),
  amount: z.number().int().min(0),
  amount_paid: z.number().int().min(0).optional(),
  status: z.string().max(40),
  receipt: z.string().max(100).nullish(),
  notes,
});

export const razorpayEventSchema = z.object({
  entity: z.literal("event").optional(),
  account_id: z.string().optional(),
  event: z.string().min(1).max(100),
  contains: z.array(z.string()).optional(),
  payload: z.object({
    payment: z.object({ entity: razorpayPaymentEntity }).optional(),
    order: z.object({ entity: razorpayOrderEntity }).optional(),
  }),
  created_at: z.number().int().optional(),
});

export type RazorpayEvent = z.infer<typeof razorpayEventSchema>;
export type RazorpayPayment = z.infer<typeof razorpayPaymentEntity>;
export type RazorpayOrder = z.infer<typeof razorpayOrderEntity>;

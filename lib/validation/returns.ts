import { z } from "./zod";

// Return requests: from ops on the order page and from the customer on the tracking page.

export const RETURN_REASONS = {
  DAMAGED: "Arrived damaged",
  WRONG_ITEM: "Wrong item sent",
  NOT_AS_DESCRIBED: "Not as described",
  SIZE_OR_FIT: "Size or fit",
  NO_LONGER_NEEDED: "No longer needed",
  OTHER: "Other",
} as const;

export type ReturnReasonCode = keyof typeof RETURN_REASONS;

const reasonCode = z.enum(
  Object.keys(RETURN_REASONS) as [ReturnReasonCode, ...ReturnReasonCode[]],
  {
    error: "Choose a reason for the return.",
  },
);

const returnLine = z.object({
  orderItemId: z.string().min(1).max(64),
  quantity: z
    .number({ error: "Enter how many to return." })
    .int("Enter a whole number of units.")
    .min(0, "A quantity cannot be negative.")
    .max(10_000, "That is more than the order holds."),
});

const returnFields = {
  // lines with quantity 0 are "not returned": the customer's form sends every line
  items: z
    .array(returnLine)
    .min(1, "Choose at least one item to return.")
    .max(200, "An order has at most 200 lines.")
    .transform((lines) => lines.filter((l) => l.quantity > 0))
    .refine((lines) => lines.length > 0, "Choose at least one item to return.")
    .refine(
      (lines) => new Set(lines.map((l) => l.orderItemId)).size === lines.length,
      "Each item can be listed once.",
    ),
  reason: reasonCode,
  reasonText: z
    .string()
    .trim()
    .max(500, "Describe the reason in at most 500 characters.")
    .transform((v) => (v ? v.replace(/\s+/g, " ") : undefined))
    .optional(),
};

const otherNeedsText = (body: { reason: ReturnReasonCode; reasonText?: string }) =>
  body.reason !== "OTHER" || !!body.reasonText;
const otherNeedsTextIssue = { path: ["reasonText"], message: "Tell us the reason for the return." };

/** POST /api/orders/{id}/returns: ops ask for a return on the customer's behalf. */
export const opsReturnInput = z.object(returnFields).refine(otherNeedsText, otherNeedsTextIssue);

/** POST /api/track/{awb}/return: the customer, proving the order is theirs with its phone. */
export const customerReturnInput = z
  .object({
    ...returnFields,
    phone: z
      .string()
      .trim()
      .regex(/^[+\d][\d\s-]{9,19}$/, "Enter the phone number you gave with the order."),
  })
  .refine(otherNeedsText, otherNeedsTextIssue);

export type ReturnInput = z.output<typeof opsReturnInput>;

export const returnIdParams = z.object({ id: z.string().min(1).max(64) });

export const refuseReturnInput = z.object({
  reason: z
    .string()
    .trim()
    .min(3, "Tell the customer why the return is refused.")
    .max(500, "Keep the reason under 500 characters."),
});

export const RETURN_WINDOW_MAX_DAYS = 365;

/** PUT /api/admin/return-settings */
export const returnSettingsInput = z.object({
  windowDays: z
    .number({ error: "Enter the return window in days." })
    .int("Enter a whole number of days.")
    .min(0, "The return window cannot be negative.")
    .max(
      RETURN_WINDOW_MAX_DAYS,
      `The return window can be at most ${RETURN_WINDOW_MAX_DAYS} days.`,
    ),
});

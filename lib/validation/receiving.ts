import { z } from "./zod";

// The receive screen: a scanned AWB or order number, then what came back of each line.
export const receiveScanQuery = z.object({
  code: z
    .string()
    .trim()
    .min(3, "Scan the parcel's AWB or the order number.")
    .max(64, "That is longer than any AWB or order number."),
});

const quantity = z.number().int("Whole units only.").min(0, "Cannot be negative.").max(10_000);

export const receiptLineInput = z.object({
  orderItemId: z.string().trim().min(1).max(64),
  good: quantity,
  damaged: quantity,
  missing: quantity,
  /** why the damaged units are written off; required when any are */
  note: z.string().trim().max(500).optional(),
});

export const receiptBody = z.object({
  shipmentId: z.string().trim().min(1).max(64),
  lines: z.array(receiptLineInput).min(1, "Record what came back of each line.").max(200),
  note: z.string().trim().max(1000).optional(),
});

export type ReceiptInput = z.infer<typeof receiptBody>;
export type ReceiptLineInput = z.infer<typeof receiptLineInput>;

/** POST /api/refunds/{id}/retry: ops' "Try again" on a refund that failed. */
export const refundIdParams = z.object({ id: z.string().trim().min(1).max(64) });

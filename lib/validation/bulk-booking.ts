import { z } from "./zod";

// Schemas of the bulk booking API (lib/shipping/bulk-booking), shared by the routes and the page.

/** The most orders one bulk booking takes: one screen's selection, booked in a few minutes. */
export const MAX_BULK_BOOKING = 500;

const orderId = z.string().trim().min(1).max(64);

/** POST /api/bulk-bookings: the selected orders. */
export const startBulkBookingBody = z.object({
  orderIds: z
    .array(orderId, { message: "Send the selected orders as a list of order ids." })
    .min(1, "Select at least one packed order to book.")
    .max(
      MAX_BULK_BOOKING,
      `A bulk booking takes at most ${MAX_BULK_BOOKING} orders: book the rest in a second run.`,
    )
    .refine((ids) => new Set(ids).size === ids.length, "An order was selected twice."),
});
export type StartBulkBookingBody = z.infer<typeof startBulkBookingBody>;

export const bulkBookingIdParams = z.object({ id: z.string().trim().min(1).max(64) });

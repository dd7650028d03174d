import { z } from "./zod";
import { calendarDay as day } from "./calendar-day";

// Dates are calendar days in India (IST); `to` is inclusive. Shared by the API and the screen.
export const MAX_RANGE_DAYS = 366;

export const stockReportRange = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    message: "The start date must be on or before the end date",
    path: ["from"],
  });

export const sendStockReportBody = z
  .object({
    channels: z
      .array(z.enum(["email", "sms"]))
      .min(1, "Choose e-mail, SMS or both")
      .max(2)
      .refine((c) => new Set(c).size === c.length, "Each channel once"),
  })
  .and(stockReportRange);

export type StockReportRange = z.infer<typeof stockReportRange>;
export type SendStockReportBody = z.infer<typeof sendStockReportBody>;

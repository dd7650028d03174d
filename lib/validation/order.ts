import { z } from "./zod";
import { ORDER_STATUSES } from "@/lib/orders/order-status";
import { calendarDay } from "./calendar-day";
import { confirmationFilter } from "./cod-confirmation";
import { indianPhone, pincode } from "./indian-contact";
import { RISK_BANDS } from "@/lib/risk/risk-band";

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

/** GET /api/orders: filters travel in the URL so a reload keeps them. */
export const listOrdersQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean) : []))
    .pipe(z.array(z.enum(ORDER_STATUSES, { message: "Unknown order status." }))),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  courier: z.enum(["SHIPROCKET", "EKART", "DELHIVERY"]).optional(),
  payment: z.enum(["PREPAID", "COD"]).optional(),
  shipmentFailed: flag.optional(),
  partial: flag.optional(),
  ndrOpen: flag.optional(),
  risk: z.enum(RISK_BANDS, { message: "Risk is low, medium or high." }).optional(),
  confirmation: confirmationFilter.optional(),
  q: z.string().trim().max(100).optional(),
});
export type ListOrdersQuery = z.infer<typeof listOrdersQuery>;

export const orderChangesQuery = z.object({
  since: z.iso.datetime({ message: "since must be an ISO date-time." }),
});

export const orderIdParams = z.object({ id: z.string().min(1).max(64) });

const expectedVersion = z.number().int().min(1);

export const addressInput = z.object({
  expectedVersion,
  customerName: z.string().trim().min(2, "Enter the customer's name.").max(120),
  customerPhone: indianPhone,
  addressLine1: z.string().trim().min(3, "Enter the house and street.").max(200),
  addressLine2: z.string().trim().max(200).optional().default(""),
  landmark: z.string().trim().max(120).optional().default(""),
  city: z.string().trim().min(2, "Enter the city.").max(80),
  state: z.string().trim().min(2, "Enter the state.").max(80),
  pincode,
});
export type AddressInput = z.infer<typeof addressInput>;

export const noteInput = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write something first.")
    .max(2000, "Keep notes under 2000 characters."),
});

export const markProcessingInput = z.object({ expectedVersion });

export const cancelOrderInput = z.object({
  expectedVersion,
  reason: z.string().trim().min(3, "Say why the order is cancelled.").max(500),
});

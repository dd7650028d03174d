import { z } from "./zod";
import { statusMappingSchema } from "@/lib/orders/import/status-mapping";

/** Admin → Order source form and PUT /api/admin/order-source. The API key is write-only. */
export const orderSourceInput = z.object({
  name: z.string().trim().min(1, "Give the source a name").max(100),
  baseUrl: z
    .url({ protocol: /^https?$/, message: "Enter the store API's http(s) base URL" })
    .max(500)
    .transform((u) => u.replace(/\/+$/, "")),
  /** omitted or empty: keep the stored key */
  apiKey: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((k) => (k ? k : undefined))
    .refine((k) => k === undefined || k.length >= 8, "The API key looks too short"),
  syncIntervalMinutes: z.coerce
    .number()
    .int("Whole minutes")
    .min(1, "At least 1 minute")
    .max(1440, "At most once a day (1440 minutes)"),
  statusMapping: statusMappingSchema.default({}),
  enabled: z.boolean(),
});

export type OrderSourceInput = z.input<typeof orderSourceInput>;

export const syncNowInput = z.object({ full: z.boolean().default(false) }).default({ full: false });

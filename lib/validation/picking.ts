import { z } from "./zod";

// Schemas for the pick list and the floor actions, shared by the routes and the /pick screen.
const code = z
  .string()
  .trim()
  .min(1, "Scan or type a SKU or barcode")
  .max(64, "That code is too long to be a SKU or barcode");

export const pickListQuery = z.object({
  category: z.string().trim().min(1).max(80).optional(),
  q: z.string().trim().max(64).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(60),
});
export type PickListQuery = z.infer<typeof pickListQuery>;

export const pickBody = z.object({
  sku: code,
  qty: z
    .number()
    .int("Pick whole units")
    .min(1, "Pick at least 1")
    .max(999, "Pick at most 999 at once"),
  clientEventId: z.string().uuid("clientEventId must be a UUID made by the device"),
});
export type PickBody = z.infer<typeof pickBody>;

export const undoPickBody = z
  .object({ clientEventId: z.string().uuid("clientEventId must be a UUID").optional() })
  .default({});

export const notInStockBody = z.object({
  sku: code,
  qty: z
    .number()
    .int("Mark whole units")
    .min(1, "Mark at least 1 short")
    .max(999, "Mark at most 999 at once")
    .optional(),
  clientEventId: z.string().uuid("clientEventId must be a UUID made by the device").optional(),
});

export const undoNotInStockBody = z.object({
  clientEventId: z.string().uuid("clientEventId must be the UUID of the short to undo"),
});

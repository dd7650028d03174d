import { z } from "./zod";

// Schemas of the shipping screens' API, shared by the route handlers and the dialogs.
export const shipmentIdParams = z.object({ id: z.string().trim().min(1).max(64) });

/** POST /api/orders/{id}/ship: no body books with the carrier policy's choice. */
export const shipOrderBody = z
  .object({
    courierAccountId: z.string().trim().min(1).max(64).optional(),
    serviceCode: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => !b.serviceCode || b.courierAccountId, {
    message: "Choose the courier account the service belongs to.",
    path: ["serviceCode"],
  })
  .optional()
  .transform((b) => b ?? {});
export type ShipOrderBody = z.input<typeof shipOrderBody>;

import { z } from "./zod";

// Schemas for carts, wave release and the wave pick screen, shared by routes and the screens.
export const cartBody = z.object({
  name: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,12}$/, "Name the cart with 1–12 letters or digits, e.g. C1"),
  toteCount: z
    .number()
    .int("A cart holds a whole number of totes")
    .min(1, "A cart holds at least 1 tote")
    .max(48, "A cart holds at most 48 totes"),
});
export type CartBody = z.infer<typeof cartBody>;

export const releaseWaveBody = z.object({ cartId: z.string().trim().min(1, "Choose a cart") });

const toteScan = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, "Scan the tote's barcode")
  .max(40, "That is too long to be a tote barcode");

export const bindToteBody = z.object({
  toteCode: toteScan,
  /** without it, the tote takes the wave's next order that has no tote */
  orderNumber: z.string().trim().min(1).max(40).optional(),
});
export type BindToteBody = z.infer<typeof bindToteBody>;

export const pickToToteBody = z.object({
  sku: z.string().trim().min(1, "Which SKU?").max(64),
  toteCode: toteScan,
  qty: z.number().int("Pick whole units").min(1, "Pick at least 1").max(999),
  clientEventId: z.string().uuid("clientEventId must be a UUID made by the device"),
});
export type PickToToteBody = z.infer<typeof pickToToteBody>;

export const waveShortBody = z.object({
  sku: z.string().trim().min(1, "Which SKU?").max(64),
  qty: z.number().int("Count whole units").min(1, "At least 1 unit is missing").max(999),
});
export type WaveShortBody = z.infer<typeof waveShortBody>;

export const waveParams = z.object({ id: z.string().trim().min(1).max(64) });

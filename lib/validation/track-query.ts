import { z } from "./zod";

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);

/** What /track's plain GET forms send: an AWB, or an order number and a phone. */
export const trackQuery = z.object({
  awb: text(40),
  order: text(40),
  phone: text(20),
});

export const AWB_PATTERN = /^[A-Za-z0-9-]{6,40}$/;

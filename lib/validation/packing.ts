import { z } from "./zod";
import { pageQuery } from "@/lib/http/pagination";

// Schemas for the packing station, shared by the route handlers and the /pack screen.
export const orderIdParams = z.object({ id: z.string().trim().min(1).max(64) });

export const readyToPackQuery = pageQuery.extend({
  /** "true" lists orders a packer put on hold instead of the packing queue */
  held: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

export const verifyItemBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Scan or type the item's SKU or barcode")
    .max(64, "That code is too long to be a SKU or barcode"),
});

export const packDecisionBody = z.object({
  decision: z.enum(["SHIP_PARTIAL", "HOLD"], {
    message: "Choose to ship what was picked or to hold the order",
  }),
  reason: z
    .string()
    .trim()
    .min(3, "Say why, in a few words")
    .max(500, "Keep the reason under 500 characters"),
});

export const markPackedBody = z
  .object({ expectedVersion: z.number().int().min(1).optional() })
  .default({});

export type VerifyItemBody = z.infer<typeof verifyItemBody>;
export type PackDecisionBody = z.infer<typeof packDecisionBody>;

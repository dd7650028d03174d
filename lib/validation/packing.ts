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
  .object({
    expectedVersion: z.number().int().min(1).optional(),
    /** what the scale read for the sealed parcel, in grams (the station parses the reading) */
    weightGrams: z
      .number({ message: "Weigh the parcel: enter its weight in grams" })
      .int("Enter the weight in whole grams")
      .min(1, "The weight must be at least 1 g")
      .max(100_000, "That is more than a parcel weighs: weigh it again")
      .optional(),
    boxPresetId: z.string().trim().min(1, "Choose a box size").max(64).optional(),
  })
  .refine((b) => (b.weightGrams === undefined) === (b.boxPresetId === undefined), {
    message: "Give both the weight and the box size, or neither",
    path: ["boxPresetId"],
  })
  .default({});

export type VerifyItemBody = z.infer<typeof verifyItemBody>;
export type PackDecisionBody = z.infer<typeof packDecisionBody>;

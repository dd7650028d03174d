import { z } from "./zod";

const cm = (what: string) =>
  z
    .number({ message: `Enter the ${what} in whole centimetres` })
    .int(`Enter the ${what} in whole centimetres`)
    .min(1, `The ${what} must be at least 1 cm`)
    .max(300, `The ${what} must be at most 300 cm`);

/** A box size the packing station offers: inner size in cm, and what the empty box weighs. */
export const boxPresetInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the box, e.g. Box M")
    .max(40, "Keep the name under 40 characters"),
  lengthCm: cm("length"),
  breadthCm: cm("breadth"),
  heightCm: cm("height"),
  boxWeightGrams: z
    .number({ message: "Enter what the empty box weighs, in grams" })
    .int("Enter the box weight in whole grams")
    .min(0, "The box weight cannot be negative")
    .max(20_000, "The box weight must be at most 20,000 g"),
  active: z.boolean().default(true),
});

export type BoxPresetInput = z.infer<typeof boxPresetInput>;

export const boxPresetIdParams = z.object({ id: z.string().trim().min(1).max(64) });

export const packScanQuery = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Scan the packing slip's barcode or type the order number")
    .max(64, "That code is too long to be an order number"),
});

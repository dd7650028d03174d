import { z } from "zod";
import type { Address } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** The warehouse address parcels are collected from: the Setting "shipping.pickup_address". */
export const PICKUP_ADDRESS_KEY = "shipping.pickup_address";

const pickupSchema = z.object({
  name: z.string().min(1),
  phone: z.string().regex(/^\d{10}$/, "10 digits"),
  email: z.string().email().nullish(),
  line1: z.string().min(1),
  line2: z.string().nullish(),
  city: z.string().min(1),
  state: z.string().min(1),
  gstin: z.string().nullish(),
});

/** The pickup address, with the pincode of the courier account that collects from it. */
export async function readPickupAddress(pincode: string): Promise<Address> {
  const row = await db.setting.findUnique({
    where: { key: PICKUP_ADDRESS_KEY },
    select: { value: true },
  });
  const parsed = pickupSchema.safeParse(row?.value);
  if (!parsed.success)
    throw new AppError(
      "VALIDATION",
      "The warehouse pickup address is not set up (Setting shipping.pickup_address): name, 10-digit phone, address, city and state.",
    );
  return { ...parsed.data, pincode, country: "IN" };
}

import { db } from "@/lib/db";
import { databaseErrorCode } from "@/lib/database-error-code";
import { AppError } from "@/lib/errors/app-error";
import type { CartBody } from "@/lib/validation/waves";

export interface CreatedCart {
  id: string;
  name: string;
  toteCount: number;
  toteCodes: string[];
}

/** A cart with its totes numbered 1…N; each tote's code (printed as its barcode) names both. */
export async function createCart(input: CartBody): Promise<CreatedCart> {
  const toteCodes = Array.from({ length: input.toteCount }, (_, i) => toteCode(input.name, i + 1));
  try {
    const cart = await db.cart.create({
      data: {
        name: input.name,
        toteCount: input.toteCount,
        totes: { createMany: { data: toteCodes.map((code, i) => ({ code, position: i + 1 })) } },
      },
      select: { id: true, name: true, toteCount: true },
    });
    return { ...cart, toteCodes };
  } catch (error) {
    if (databaseErrorCode(error) !== "23505") throw error;
    throw new AppError(
      "CONFLICT",
      `A cart named ${input.name} already exists. Choose another name.`,
    );
  }
}

export function toteCode(cartName: string, position: number): string {
  return `TOTE-${cartName}-${String(position).padStart(2, "0")}`;
}

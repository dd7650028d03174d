import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export interface PackedParcel {
  /** what the scale read for the sealed box */
  weightGrams: number;
  boxPresetId: string;
}

/**
 * Keeps the weighed parcel and the chosen box on the order, for the booking to send instead of
 * estimates. The box's size is copied from its preset. A parcel lighter than its empty box is a
 * misread scale, refused with a sentence.
 */
export async function recordPackedParcel(
  tx: Tx,
  orderId: string,
  parcel: PackedParcel,
): Promise<void> {
  const box = await tx.boxPreset.findFirst({
    where: { id: parcel.boxPresetId, active: true },
    select: { name: true, lengthCm: true, breadthCm: true, heightCm: true, boxWeightGrams: true },
  });
  if (!box)
    throw new AppError("VALIDATION", "That box size is no longer offered. Choose another box.", {
      fieldErrors: { boxPresetId: ["Choose one of the box sizes shown"] },
    });
  if (parcel.weightGrams < box.boxWeightGrams)
    throw new AppError(
      "VALIDATION",
      `${parcel.weightGrams} g is less than the empty ${box.name} box weighs (${box.boxWeightGrams} g): weigh the sealed parcel again.`,
      { fieldErrors: { weightGrams: ["Weigh the sealed parcel again"] } },
    );
  await tx.order.update({
    where: { id: orderId },
    data: {
      packedWeightGrams: parcel.weightGrams,
      packedBoxName: box.name,
      packedLengthCm: box.lengthCm,
      packedBreadthCm: box.breadthCm,
      packedHeightCm: box.heightCm,
    },
    select: { id: true },
  });
}

import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoxPresetInput } from "@/lib/validation/box-preset";
import { boxPresetSelect as select, type BoxPresetView } from "./list-box-presets";

const nameTaken = (name: string) =>
  new AppError("CONFLICT", `A box called "${name}" already exists: give this one another name.`, {
    fieldErrors: { name: ["That name is taken"] },
  });

/**
 * Adds a box size, or changes one (`id`). A packed order keeps the size it was packed in (copied
 * onto the order), so changing or retiring a preset never rewrites a parcel already booked.
 */
export async function saveBoxPreset(
  input: BoxPresetInput & { id?: string },
): Promise<BoxPresetView> {
  const { id, ...data } = input;
  try {
    return id
      ? await db.boxPreset.update({ where: { id }, data, select })
      : await db.boxPreset.create({ data, select });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === "P2002") throw nameTaken(input.name);
      if (error.code === "P2025") throw notFound("The box size");
    }
    throw error;
  }
}

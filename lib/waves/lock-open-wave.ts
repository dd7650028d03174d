import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** The wave, row-locked, refused unless it is still being picked. */
export async function lockOpenWave(
  tx: Tx,
  waveId: string,
): Promise<{ id: string; cartId: string }> {
  const [wave] = await tx.$queryRaw<{ id: string; cartId: string; status: string }[]>`
    SELECT id, "cartId", status::text AS status FROM "Wave" WHERE id = ${waveId} FOR UPDATE`;
  if (!wave) throw new AppError("NOT_FOUND", "No wave has that id. Choose a wave from the list.");
  if (wave.status !== "RELEASED" && wave.status !== "PICKING") {
    throw new AppError(
      "CONFLICT",
      `This wave is ${wave.status.toLowerCase()}: nothing is left to pick in it.`,
    );
  }
  return wave;
}

import { db } from "@/lib/db";

/**
 * The pack station's tote scan: the id of the order a tote holds in an open wave, or null when
 * the code is no tote or the tote is empty. A tote is emptied when its order leaves the floor
 * (packed or cancelled; trigger wave_order_left) or its wave is cancelled.
 */
export async function findToteOrder(code: string): Promise<string | null> {
  const held = await db.waveOrder.findFirst({
    where: { open: true, tote: { code: code.trim().toUpperCase() } },
    select: { orderId: true },
  });
  return held?.orderId ?? null;
}

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { OPEN_WAVE_STATUSES } from "./open-wave";

export interface CancelledWave {
  waveId: string;
  /** orders handed back to whole-list picking, oldest first */
  orderNumbers: string[];
}

/**
 * Ops call a wave off (a picker went home, a cart broke): its orders go back to whole-list
 * picking with whatever was already picked for them, their totes and the cart are free again.
 * Units already in a tote stay counted on their order; the picker empties the tote into the
 * whole-list pile. A wave that has left the floor (done) or was already cancelled is refused.
 */
export async function cancelWave(input: { waveId: string }): Promise<CancelledWave> {
  return db.$transaction(async (tx) => {
    const closed = await tx.wave.updateMany({
      where: { id: input.waveId, status: { in: OPEN_WAVE_STATUSES } },
      data: { status: "CANCELLED", closedAt: new Date() },
    });
    if (closed.count === 0) {
      const wave = await tx.wave.findUnique({
        where: { id: input.waveId },
        select: { status: true },
      });
      throw wave
        ? new AppError("CONFLICT", `This wave is already ${wave.status.toLowerCase()}.`)
        : new AppError("NOT_FOUND", "No wave has that id. Choose a wave from the list.");
    }
    const orders = await tx.waveOrder.findMany({
      where: { waveId: input.waveId, open: true },
      orderBy: { slot: "asc" },
      select: { order: { select: { number: true } } },
    });
    await tx.waveOrder.updateMany({
      where: { waveId: input.waveId, open: true },
      data: { open: false },
    });
    return { waveId: input.waveId, orderNumbers: orders.map((o) => o.order.number) };
  });
}

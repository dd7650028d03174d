import type { Tx } from "@/lib/db";

/**
 * After a pick or short in a wave: the wave is PICKED once every line of its open orders is
 * picked or short, else PICKING. Runs in the caller's transaction, after its line updates, so
 * the last unit and the status change commit together. Two pickers dropping the last units of
 * different SKUs queue on the wave's row, and the count is a statement of its own, so the second
 * sees the first's lines and marks the wave PICKED.
 */
export async function settleWave(tx: Tx, waveId: string): Promise<"PICKING" | "PICKED"> {
  await tx.$queryRaw`SELECT 1 FROM "Wave" WHERE id = ${waveId} FOR UPDATE`;
  const [row] = await tx.$queryRaw<{ status: "PICKING" | "PICKED" }[]>`
    UPDATE "Wave" w SET
      status = CASE WHEN open.lines = 0 THEN 'PICKED'::"WaveStatus" ELSE 'PICKING' END,
      "pickedAt" = CASE WHEN open.lines = 0 THEN now() END
    FROM (SELECT count(*)::int AS lines
          FROM "WaveOrder" wo JOIN "OrderItem" i ON i."orderId" = wo."orderId"
          WHERE wo."waveId" = ${waveId} AND wo."open"
            AND i."qtyPicked" + i."qtyShort" < i."qtyOrdered") open
    WHERE w.id = ${waveId} AND w.status IN ('RELEASED', 'PICKING', 'PICKED')
    RETURNING w.status::text AS status`;
  return row?.status ?? "PICKED";
}

/** Settles the open waves holding any of these orders: an undone wave pick reopens its wave. */
export async function settleWavesOf(tx: Tx, orderIds: readonly string[]): Promise<void> {
  const waves = await tx.waveOrder.findMany({
    where: { orderId: { in: [...orderIds] }, open: true },
    select: { waveId: true },
    distinct: ["waveId"],
  });
  for (const { waveId } of waves) await settleWave(tx, waveId);
}

import type { Tx } from "@/lib/db";

export interface PutBackUnits {
  orderItemId: string;
  sku: string;
  title: string;
  /** the product's bin now, if it has one */
  binLocation: string | null;
  quantity: number;
}

/**
 * Writes one put-back task per order line (unique orderItemId, so a repeat writes nothing), in
 * the caller's transaction: units of a cancelled order off their shelf, or units of a returned
 * parcel received in good condition (lib/receiving/receive-parcel.ts).
 */
export async function createPutBackTasks(
  tx: Tx,
  input: { orderId: string; reason: string; lines: readonly PutBackUnits[] },
): Promise<void> {
  if (input.lines.length === 0) return;
  await tx.putBackTask.createMany({
    data: input.lines.map((line) => ({
      orderId: input.orderId,
      orderItemId: line.orderItemId,
      sku: line.sku,
      title: line.title,
      binLocation: line.binLocation,
      quantity: line.quantity,
      reason: input.reason.slice(0, 500),
    })),
    skipDuplicates: true,
  });
}

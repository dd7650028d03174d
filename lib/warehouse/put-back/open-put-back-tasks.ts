import type { Tx } from "@/lib/db";
import { createPutBackTasks } from "./create-put-back-tasks";

/**
 * Opens a put-back task for every line of a cancelled order that has picked units: they are off
 * their shelf (in a tote, or packed in a box) and must go back to their bin. Runs in the
 * cancelling transaction, after the order row is locked: picks lock the order first, so none
 * lands between the count and the cancellation. One task per line (unique), so a repeat opens
 * nothing. Returns the number of units to put back.
 */
export async function openPutBackTasks(
  tx: Tx,
  input: { orderId: string; reason: string },
): Promise<number> {
  const lines = await tx.orderItem.findMany({
    where: { orderId: input.orderId, qtyPicked: { gt: 0 } },
    select: {
      id: true,
      sku: true,
      title: true,
      qtyPicked: true,
      product: { select: { binLocation: true } },
    },
    orderBy: { id: "asc" },
  });
  if (lines.length === 0) return 0;
  await createPutBackTasks(tx, {
    orderId: input.orderId,
    reason: input.reason,
    lines: lines.map((line) => ({
      orderItemId: line.id,
      sku: line.sku,
      title: line.title,
      binLocation: line.product.binLocation,
      quantity: line.qtyPicked,
    })),
  });
  return lines.reduce((units, line) => units + line.qtyPicked, 0);
}

import type { Viewer } from "@/lib/auth/viewer";
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { OrderStatus, PackDecision } from "@/lib/generated/prisma/enums";
import { assertOrderVisible } from "./packer-visibility";

export interface LockedPackOrder {
  id: string;
  number: string;
  status: OrderStatus;
  version: number;
  readyToPack: boolean;
  hasShortItems: boolean;
  packDecision: PackDecision | null;
  onHold: boolean;
}

/**
 * Locks the order row for a packing step (verify, decide, mark packed) so two stations or a
 * double tap act one after the other. Order first, then its items: the same order as
 * transitionOrder, so the steps cannot deadlock each other. An order the viewer may not see is
 * not found.
 */
export async function lockOrderForPacking(
  tx: Tx,
  orderId: string,
  viewer: Viewer,
): Promise<LockedPackOrder> {
  const [order] = await tx.$queryRaw<LockedPackOrder[]>`
    SELECT id, number, status, version, "readyToPack", "hasShortItems", "packDecision", "onHold"
    FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  if (!order) throw notFound("The order");
  await assertOrderVisible(viewer, order.id, tx);
  return order;
}

/** Refuses packing steps on orders that are not (or no longer) waiting at the packing station. */
export function assertAtPackingStation(order: LockedPackOrder): void {
  if (order.status === "PACKED")
    throw new AppError("CONFLICT", `Order ${order.number} is already packed.`, {
      details: { currentStatus: order.status },
    });
  if (order.status !== "PROCESSING" || !order.readyToPack)
    throw new AppError(
      "CONFLICT",
      `Order ${order.number} is not ready to pack: every item must be picked or marked short first.`,
      { details: { currentStatus: order.status } },
    );
}

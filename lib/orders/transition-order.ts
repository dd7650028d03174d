import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emitEvent } from "@/lib/events/emit-event";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { canTransition, illegalTransitionReason } from "./order-status";

export interface OrderActor {
  /** the user who made the change, when a user did */
  userId?: string | null;
  /** "user", "system", "picker", "webhook:razorpay"… shown in the history */
  label: string;
}

export interface TransitionOrderInput {
  orderId: string;
  to: OrderStatus;
  actor: OrderActor;
  reason?: string | null;
  /** the version the caller saw; a different current version is a 409 "changed by someone else" */
  expectedVersion?: number;
}

export interface TransitionResult {
  from: OrderStatus;
  to: OrderStatus;
  version: number;
}

const stampFor: Partial<
  Record<OrderStatus, "packedAt" | "shippedAt" | "deliveredAt" | "cancelledAt">
> = {
  PACKED: "packedAt",
  SHIPPED: "shippedAt",
  DELIVERED: "deliveredAt",
  CANCELLED: "cancelledAt",
};

/**
 * The one way an order changes status. Runs inside the caller's transaction: locks the order
 * row, checks the version and the state machine, writes the status history and the outbox
 * event. Callers that change other rows in the same step pass the same `tx`.
 */
export async function transitionOrder(
  tx: Tx,
  input: TransitionOrderInput,
): Promise<TransitionResult> {
  const [order] = await tx.$queryRaw<{ status: OrderStatus; version: number; number: string }[]>`
    SELECT status, version, number FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
  if (!order) throw notFound("The order");
  if (input.expectedVersion !== undefined && input.expectedVersion !== order.version) {
    throw new AppError(
      "STALE_VERSION",
      "This order was changed by someone else. Reload it and try again.",
      {
        details: { currentVersion: order.version, currentStatus: order.status },
      },
    );
  }
  if (!canTransition(order.status, input.to)) {
    throw new AppError("ILLEGAL_TRANSITION", illegalTransitionReason(order.status, input.to), {
      details: { currentStatus: order.status },
    });
  }
  const now = new Date();
  const stamp = stampFor[input.to];
  const updated = await tx.order.update({
    where: { id: input.orderId },
    data: {
      status: input.to,
      version: { increment: 1 },
      ...(stamp ? { [stamp]: now } : {}),
      ...(input.to === "CANCELLED"
        ? { cancelReason: input.reason ?? null, readyToPack: false }
        : {}),
    },
    select: { version: true },
  });
  await tx.orderStatusHistory.create({
    data: {
      orderId: input.orderId,
      fromStatus: order.status,
      toStatus: input.to,
      reason: input.reason ?? null,
      actorId: input.actor.userId ?? null,
      actorLabel: input.actor.label,
      createdAt: now,
    },
  });
  const payload = {
    orderId: input.orderId,
    orderNumber: order.number,
    from: order.status,
    to: input.to,
    reason: input.reason ?? null,
  };
  await emitEvent(tx, {
    type: "OrderStatusChanged",
    aggregateType: "Order",
    aggregateId: input.orderId,
    payload,
  });
  if (input.to === "DELIVERED") {
    await emitEvent(tx, {
      type: "OrderDelivered",
      aggregateType: "Order",
      aggregateId: input.orderId,
      payload,
    });
  }
  return { from: order.status, to: input.to, version: updated.version };
}

import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { canTransition, illegalTransitionReason } from "./order-status";
import { writeStatusChanges } from "./write-status-changes";

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
  /** cancelling a Shipped order: its AWB was just cancelled at the courier (order-status.ts) */
  awbCancelled?: boolean;
}

export interface TransitionResult {
  from: OrderStatus;
  to: OrderStatus;
  version: number;
}

/**
 * The one way an order changes status. Runs inside the caller's transaction: locks the order
 * row, checks the version and the state machine, then writes the status, the status history and
 * the outbox events in one statement. Callers that change other rows in the same step pass the
 * same `tx`.
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
  if (!canTransition(order.status, input.to, { awbCancelled: input.awbCancelled })) {
    throw new AppError("ILLEGAL_TRANSITION", illegalTransitionReason(order.status, input.to), {
      details: { currentStatus: order.status },
    });
  }
  const versions = await writeStatusChanges(
    tx,
    [{ orderId: input.orderId, orderNumber: order.number, from: order.status }],
    { to: input.to, actor: input.actor, reason: input.reason },
  );
  const version = versions.get(input.orderId);
  if (version === undefined) throw new Error(`order ${input.orderId} changed under its row lock`);
  return { from: order.status, to: input.to, version };
}

import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { PackDecision } from "@/lib/generated/prisma/enums";
import { assertAtPackingStation, lockOrderForPacking } from "./lock-packable-order";

export interface RecordPackDecisionInput {
  orderId: string;
  decision: PackDecision;
  reason: string;
  viewer: Viewer;
}

export interface RecordPackDecisionResult {
  packDecision: PackDecision;
  onHold: boolean;
  version: number;
}

/**
 * What to do with an order that has short items: ship what was picked, or hold it (it leaves
 * the packing queue until someone ships it partial). Recorded on the order and in the audit log.
 */
export async function recordPackDecision(
  input: RecordPackDecisionInput,
): Promise<RecordPackDecisionResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrderForPacking(tx, input.orderId, input.viewer);
    assertAtPackingStation(order);
    if (!order.hasShortItems)
      throw new AppError(
        "CONFLICT",
        `Order ${order.number} has no short items: pack it in full, no decision is needed.`,
      );
    const onHold = input.decision === "HOLD";
    const updated = await tx.order.update({
      where: { id: order.id },
      data: {
        packDecision: input.decision,
        packDecisionReason: input.reason,
        packDecidedAt: new Date(),
        packDecidedById: input.viewer.id,
        onHold,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: input.viewer.id,
        action: "order.pack_decision",
        entityType: "Order",
        entityId: order.id,
        details: {
          orderNumber: order.number,
          decision: input.decision,
          previous: order.packDecision,
          reason: input.reason,
        },
      },
    });
    return { packDecision: input.decision, onHold, version: updated.version };
  });
}

import type { Tx } from "@/lib/db";
import type { CodConfirmation, CodConfirmationVia } from "@/lib/generated/prisma/enums";

export interface ConfirmationChange {
  orderId: string;
  from: CodConfirmation | null;
  to: CodConfirmation;
  via?: CodConfirmationVia | null;
  actor: { userId?: string | null; label: string };
  note?: string | null;
  /** the buyer's WhatsApp message id: unique, so one reply is applied once */
  replyRef?: string | null;
}

/**
 * Moves an order's confirmation from `from` to `to` and writes the history row, in the caller's
 * transaction. The write is conditional on the order still being in `from`: false when someone
 * (the buyer, ops, the deadline job) got there first, and nothing is written.
 */
export async function changeConfirmation(
  tx: Tx,
  change: ConfirmationChange,
  extra: { dueAt?: Date | null; answeredAt?: Date } = {},
): Promise<boolean> {
  const answered = extra.answeredAt
    ? {
        codConfirmationAnsweredAt: extra.answeredAt,
        codConfirmationVia: change.via ?? null,
        codConfirmationBy: change.actor.label,
      }
    : {};
  const { count } = await tx.order.updateMany({
    where: { id: change.orderId, codConfirmation: change.from ?? undefined },
    data: {
      codConfirmation: change.to,
      ...(extra.dueAt !== undefined ? { codConfirmationDueAt: extra.dueAt } : {}),
      ...answered,
    },
  });
  if (count === 0) return false;
  await tx.codConfirmationEvent.create({
    data: {
      orderId: change.orderId,
      fromState: change.from,
      toState: change.to,
      via: change.via ?? null,
      actorId: change.actor.userId ?? null,
      actorLabel: change.actor.label,
      note: change.note ?? null,
      replyRef: change.replyRef ?? null,
    },
    select: { id: true },
  });
  return true;
}

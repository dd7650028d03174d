import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { CodConfirmation, CodConfirmationVia } from "@/lib/generated/prisma/enums";
import { confirmationLinkPath } from "./confirmation-link";

export interface OrderConfirmation {
  state: CodConfirmation;
  dueAt: string | null;
  answeredAt: string | null;
  via: CodConfirmationVia | null;
  /** true while ops may still confirm or cancel (the order is held) */
  canDecide: boolean;
  /** the buyer's page, for ops to send by hand (a fresh link, valid a week) */
  buyerLink: string | null;
  history: {
    at: string;
    from: CodConfirmation | null;
    to: CodConfirmation;
    via: CodConfirmationVia | null;
    who: string;
    note: string | null;
  }[];
}

/** The order page's COD confirmation card: the state, the deadline, the answer and its history. */
export async function getOrderConfirmation(orderId: string): Promise<OrderConfirmation> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      codConfirmation: true,
      codConfirmationDueAt: true,
      codConfirmationAnsweredAt: true,
      codConfirmationVia: true,
      codConfirmationEvents: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          fromState: true,
          toState: true,
          via: true,
          actorLabel: true,
          note: true,
          actorId: true,
        },
      },
    },
  });
  if (!order) throw notFound("The order");
  const actorIds = order.codConfirmationEvents.flatMap((e) => (e.actorId ? [e.actorId] : []));
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const held = ["CHECKING", "AWAITING", "NO_ANSWER"].includes(order.codConfirmation);
  return {
    state: order.codConfirmation,
    dueAt: order.codConfirmationDueAt?.toISOString() ?? null,
    answeredAt: order.codConfirmationAnsweredAt?.toISOString() ?? null,
    via: order.codConfirmationVia,
    canDecide: held,
    buyerLink:
      order.codConfirmation === "AWAITING" || order.codConfirmation === "NO_ANSWER"
        ? confirmationLinkPath(orderId, new Date())
        : null,
    history: order.codConfirmationEvents.map((e) => ({
      at: e.createdAt.toISOString(),
      from: e.fromState,
      to: e.toState,
      via: e.via,
      who: (e.actorId && names.get(e.actorId)) || e.actorLabel,
      note: e.note,
    })),
  };
}

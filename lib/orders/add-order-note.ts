import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { toOrderNoteView, orderNoteSelect, type OrderNoteView } from "./order-note-view";

export interface AddOrderNoteInput {
  orderId: string;
  authorId: string;
  body: string;
}

/** An internal note for the team (never shown to the customer). */
export async function addOrderNote(input: AddOrderNoteInput): Promise<OrderNoteView> {
  const order = await db.order.findUnique({ where: { id: input.orderId }, select: { id: true } });
  if (!order) throw notFound("The order");
  const note = await db.orderNote.create({
    data: { orderId: input.orderId, authorId: input.authorId, body: input.body },
    select: orderNoteSelect,
  });
  return toOrderNoteView(note);
}

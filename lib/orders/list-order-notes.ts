import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { orderNoteSelect, toOrderNoteView, type OrderNoteView } from "./order-note-view";

/** The team's notes on one order, newest first. */
export async function listOrderNotes(input: { orderId: string }): Promise<OrderNoteView[]> {
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: { notes: { select: orderNoteSelect, orderBy: { createdAt: "desc" }, take: 200 } },
  });
  if (!order) throw notFound("The order");
  return order.notes.map(toOrderNoteView);
}

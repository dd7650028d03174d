import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { settleWavesOf } from "@/lib/waves/settle-wave";
import { FLOOR_TX, lockSku, remainingFor } from "./floor-sku";
import { addToLines } from "./lock-open-lines";
import { refreshReadiness } from "./refresh-readiness";
import { totalOf } from "./split-quantity";

export interface UndoPickInput {
  picker: { id: string };
  /** the pick to undo; without it, the picker's most recent pick */
  clientEventId?: string;
}

export interface UndoResult {
  sku: string;
  clientEventId: string;
  undone: number;
  remaining: number;
}

async function findPickToUndo(picker: string, clientEventId: string | undefined) {
  const latest = clientEventId
    ? { clientEventId }
    : await db.pickEvent.findFirst({
        where: { pickerId: picker, kind: "PICK", undoneAt: null },
        orderBy: { createdAt: "desc" },
        select: { clientEventId: true },
      });
  if (!latest) throw new AppError("NOT_FOUND", "You have no pick to undo.");
  return latest.clientEventId;
}

/** Takes back one of the picker's own picks: the lines lose the units, readiness follows. */
export async function undoPick(input: UndoPickInput): Promise<UndoResult> {
  const clientEventId = await findPickToUndo(input.picker.id, input.clientEventId);
  return db.$transaction(async (tx) => {
    const first = await tx.pickEvent.findFirst({
      where: { clientEventId, kind: "PICK", pickerId: input.picker.id },
      select: { sku: true },
    });
    if (!first)
      throw new AppError("NOT_FOUND", "That pick is not one of yours, or does not exist.");
    await lockSku(tx, first.sku);
    const events = await tx.pickEvent.findMany({
      where: { clientEventId, kind: "PICK", pickerId: input.picker.id, undoneAt: null },
      select: { id: true, qty: true, orderItemId: true, orderItem: { select: { orderId: true } } },
    });
    if (events.length === 0) throw new AppError("CONFLICT", "That pick was already undone.");
    const orderIds = [...new Set(events.map((e) => e.orderItem.orderId))].sort();
    const orders = await tx.$queryRaw<{ number: string; status: string }[]>`
      SELECT number, status::text AS status FROM "Order"
      WHERE id = ANY(${orderIds}::text[]) ORDER BY id FOR UPDATE`;
    const closed = orders.filter((o) => o.status !== "PLACED" && o.status !== "PROCESSING");
    if (closed.length > 0) {
      throw new AppError(
        "CONFLICT",
        `This pick can no longer be undone: order ${closed.map((o) => o.number).join(", ")} is already ${closed[0]!.status.toLowerCase()}.`,
      );
    }
    await tx.$queryRaw`SELECT id FROM "OrderItem"
      WHERE id = ANY(${events.map((e) => e.orderItemId)}::text[]) ORDER BY id FOR UPDATE`;
    await addToLines(
      tx,
      "qtyPicked",
      events.map((e) => ({ lineId: e.orderItemId, qty: -e.qty })),
    );
    const now = new Date();
    await tx.pickEvent.updateMany({
      where: { id: { in: events.map((e) => e.id) } },
      data: { undoneAt: now },
    });
    await tx.pickEvent.createMany({
      data: events.map((e) => ({
        clientEventId: `undo:${clientEventId}`,
        kind: "UNDO" as const,
        sku: first.sku,
        orderItemId: e.orderItemId,
        qty: e.qty,
        pickerId: input.picker.id,
        createdAt: now,
      })),
    });
    await refreshReadiness(
      tx,
      orderIds,
      { userId: input.picker.id, label: "picker" },
      "Pick undone",
    );
    await settleWavesOf(tx, orderIds);
    return {
      sku: first.sku,
      clientEventId,
      undone: totalOf(events),
      remaining: await remainingFor(tx, first.sku),
    };
  }, FLOOR_TX);
}

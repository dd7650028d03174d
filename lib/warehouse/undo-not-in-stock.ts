import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { FLOOR_TX, lockSku, remainingFor } from "./floor-sku";
import { addToLines } from "./lock-open-lines";
import { settleWavesOf } from "@/lib/waves/settle-wave";
import { refreshReadiness } from "./refresh-readiness";

export interface UndoNotInStockInput {
  /** the device's id of the "not in stock" tap to take back */
  clientEventId: string;
  caller: { id: string; role: Role };
}

export interface UndoNotInStockResult {
  sku: string;
  title: string;
  restored: number;
  orderNumbers: string[];
  remaining: number;
}

// Ops may take back any picker's short (a picker who has gone home); pickers only their own.
const MAY_UNDO_ANY: readonly Role[] = ["OPS", "ADMIN"];

/**
 * Takes back a "not in stock" that was a mistake (the item was on the next shelf): the units go
 * back to "to pick" on the same lines and the stock exception is removed, so the out-of-stock
 * report no longer counts it. Refused once anything has acted on the short: an order packed,
 * cancelled or given a ship-partial / hold decision by the packer.
 */
export async function undoNotInStock(input: UndoNotInStockInput): Promise<UndoNotInStockResult> {
  return db.$transaction(async (tx) => {
    const found = await tx.stockException.findUnique({
      where: { clientEventId: input.clientEventId },
      select: { sku: true, reportedById: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "That short was not found, or is already undone.");
    if (found.reportedById !== input.caller.id && !MAY_UNDO_ANY.includes(input.caller.role)) {
      throw new AppError(
        "FORBIDDEN",
        "Only the picker who marked this short, or ops, can undo it.",
      );
    }
    await lockSku(tx, found.sku);
    // Read again under the SKU lock: a concurrent undo of the same short may have just won.
    const exception = await tx.stockException.findUnique({
      where: { clientEventId: input.clientEventId },
      select: {
        id: true,
        productTitle: true,
        qtyShort: true,
        orderNumbers: true,
        items: {
          select: { orderItemId: true, qtyShort: true, orderItem: { select: { orderId: true } } },
        },
      },
    });
    if (!exception) throw new AppError("CONFLICT", "That short was already undone.");
    const orderIds = [...new Set(exception.items.map((i) => i.orderItem.orderId))].sort();
    const orders = await tx.$queryRaw<
      { number: string; status: string; packDecision: string | null }[]
    >`SELECT number, status::text AS status, "packDecision"::text AS "packDecision" FROM "Order"
      WHERE id = ANY(${orderIds}::text[]) ORDER BY id FOR UPDATE`;
    const moved = orders.find((o) => o.status !== "PLACED" && o.status !== "PROCESSING");
    if (moved) {
      throw new AppError(
        "CONFLICT",
        `This short can no longer be undone: order ${moved.number} is already ${moved.status.toLowerCase()}.`,
      );
    }
    const decided = orders.find((o) => o.packDecision !== null);
    if (decided) {
      throw new AppError(
        "CONFLICT",
        `This short can no longer be undone: the packer already decided how to send order ${decided.number}. Ask ops.`,
      );
    }
    await tx.$queryRaw`SELECT id FROM "OrderItem"
      WHERE id = ANY(${exception.items.map((i) => i.orderItemId)}::text[]) ORDER BY id FOR UPDATE`;
    // addToLines refuses to take a line's short below zero, so a short changed since is not undone twice.
    await addToLines(
      tx,
      "qtyShort",
      exception.items.map((i) => ({ lineId: i.orderItemId, qty: -i.qtyShort })),
    );
    await tx.stockException.delete({ where: { id: exception.id }, select: { id: true } });
    await tx.auditLog.create({
      data: {
        actorId: input.caller.id,
        action: "stock_exception.undone",
        entityType: "StockException",
        entityId: exception.id,
        details: {
          sku: found.sku,
          qtyShort: exception.qtyShort,
          orderNumbers: exception.orderNumbers,
          reportedById: found.reportedById,
        },
      },
      select: { id: true },
    });
    await refreshReadiness(
      tx,
      orderIds,
      { userId: input.caller.id, label: "picker" },
      "Not-in-stock undone",
    );
    // a short undone in a wave puts its units back on the wave's walk
    await settleWavesOf(tx, orderIds);
    return {
      sku: found.sku,
      title: exception.productTitle,
      restored: exception.qtyShort,
      orderNumbers: exception.orderNumbers,
      remaining: await remainingFor(tx, found.sku),
    };
  }, FLOOR_TX);
}

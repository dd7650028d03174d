import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { settleWave } from "@/lib/waves/settle-wave";
import { FLOOR_TX, lockFloorProduct, remainingFor } from "./floor-sku";
import { addToLines, lockOpenLines } from "./lock-open-lines";
import { refreshReadiness } from "./refresh-readiness";
import { distinctOrderNumbers, splitQuantity, totalOf } from "./split-quantity";

export interface MarkNotInStockInput {
  /** SKU or barcode */
  code: string;
  /** how many are missing; without it, everything still to pick */
  qty?: number;
  /** the device's id for this tap: a replay of it answers the first result instead of a second short */
  clientEventId?: string;
  reporter: { id: string };
  /** a short found while picking this wave lands on its orders only; else on whole-list's */
  waveId?: string;
}

export interface NotInStockResult {
  sku: string;
  title: string;
  stockExceptionId: string;
  qtyShort: number;
  orderNumbers: string[];
  remaining: number;
  nowReady: string[];
  /** true when this clientEventId was already recorded and nothing changed now */
  replayed: boolean;
}

/**
 * The shelf is empty: the missing units are marked short on the NEWEST open lines first, so the
 * oldest orders can still be completed when stock turns up, and a stock exception records the
 * SKU, the quantity and the orders affected.
 */
export async function markNotInStock(input: MarkNotInStockInput): Promise<NotInStockResult> {
  return db.$transaction(async (tx) => {
    const product = await lockFloorProduct(tx, input.code);
    // Under the SKU lock, so a replay racing its original sees the committed first answer.
    const earlier = input.clientEventId
      ? await tx.stockException.findUnique({
          where: { clientEventId: input.clientEventId },
          select: { id: true, sku: true, productTitle: true, qtyShort: true, orderNumbers: true },
        })
      : null;
    if (earlier) {
      if (earlier.sku !== product.sku) {
        throw new AppError("CONFLICT", "This clientEventId was already used for another SKU.");
      }
      return {
        sku: earlier.sku,
        title: earlier.productTitle,
        stockExceptionId: earlier.id,
        qtyShort: earlier.qtyShort,
        orderNumbers: earlier.orderNumbers,
        remaining: await remainingFor(tx, product.sku),
        nowReady: [],
        replayed: true,
      };
    }
    const lines = await lockOpenLines(tx, product.sku, "newest-first", input.qty ?? null, {
      waveId: input.waveId ?? null,
    });
    const shares = splitQuantity(lines, input.qty ?? Number.POSITIVE_INFINITY);
    if (shares.length === 0) {
      throw new AppError(
        "CONFLICT",
        `No order is waiting for ${product.sku}, so there is nothing to mark short.`,
        { details: { sku: product.sku, remaining: 0 } },
      );
    }
    await addToLines(tx, "qtyShort", shares);
    const orderNumbers = distinctOrderNumbers(shares);
    const exception = await tx.stockException.create({
      data: {
        productId: product.id,
        sku: product.sku,
        productTitle: product.title,
        qtyShort: totalOf(shares),
        orderNumbers,
        reportedById: input.reporter.id,
        clientEventId: input.clientEventId ?? null,
        items: {
          createMany: { data: shares.map((s) => ({ orderItemId: s.lineId, qtyShort: s.qty })) },
        },
      },
      select: { id: true },
    });
    const readiness = await refreshReadiness(
      tx,
      [...new Set(shares.map((s) => s.orderId))],
      { userId: input.reporter.id, label: "picker" },
      "Item marked not in stock",
    );
    if (input.waveId) await settleWave(tx, input.waveId);
    return {
      sku: product.sku,
      title: product.title,
      stockExceptionId: exception.id,
      qtyShort: totalOf(shares),
      orderNumbers,
      remaining: await remainingFor(tx, product.sku),
      nowReady: readiness.nowReady,
      replayed: false,
    };
  }, FLOOR_TX);
}

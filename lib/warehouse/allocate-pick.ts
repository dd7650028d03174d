import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { FLOOR_TX, lockFloorProduct } from "./floor-sku";
import { pickOldestLines } from "./pick-oldest-lines";
import { startOrders } from "./refresh-readiness";
import { totalOf } from "./split-quantity";

export interface AllocatePickInput {
  /** SKU or barcode, as scanned or typed */
  code: string;
  qty: number;
  /** the device's id for this pick; the same id sent again counts once */
  clientEventId: string;
  picker: { id: string; name: string };
}

export interface PickResult {
  sku: string;
  title: string;
  clientEventId: string;
  requested: number;
  picked: number;
  /** still to pick for this SKU after this pick */
  remaining: number;
  allocations: { orderNumber: string; qty: number }[];
  nowReady: string[];
  /** true when this clientEventId had already been applied: nothing new was recorded */
  replayed: boolean;
}

/**
 * A picker took `qty` of a SKU off the shelf: the units go to the oldest open lines first
 * (FIFO by order time), never beyond what the lines still need, each share recorded as a pick
 * event; readiness and PLACED → PROCESSING follow in the same transaction.
 * Round trips: BEGIN, the SKU lock, the allocation (one statement, readiness included), the
 * start of the orders this pick starts (one statement, none once they are PROCESSING), COMMIT.
 */
export async function allocatePick(input: AllocatePickInput): Promise<PickResult> {
  return db.$transaction(async (tx) => {
    const product = await lockFloorProduct(tx, input.code);
    const base = {
      sku: product.sku,
      title: product.title,
      clientEventId: input.clientEventId,
      requested: input.qty,
    };
    const pick = await pickOldestLines(tx, {
      sku: product.sku,
      qty: input.qty,
      clientEventId: input.clientEventId,
      pickerId: input.picker.id,
    });
    if (pick.earlier.length > 0) {
      return {
        ...base,
        picked: totalOf(pick.earlier),
        remaining: pick.before,
        allocations: pick.earlier,
        nowReady: [],
        replayed: true,
      };
    }
    if (pick.shares.length === 0) {
      throw new AppError(
        "CONFLICT",
        `Nothing is left to pick for ${product.sku}: every waiting order has it picked or marked short. Put the item back.`,
        { details: { sku: product.sku, remaining: 0 } },
      );
    }
    await startOrders(
      tx,
      pick.orders,
      { userId: input.picker.id, label: "picker" },
      "First item picked",
    );
    return {
      ...base,
      picked: totalOf(pick.shares),
      remaining: pick.before - totalOf(pick.shares),
      allocations: pick.shares.map((s) => ({ orderNumber: s.orderNumber, qty: s.qty })),
      nowReady: pick.orders.filter((o) => o.nowReady).map((o) => o.number),
      replayed: false,
    };
  }, FLOOR_TX);
}

import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { FLOOR_TX, lockFloorProduct } from "./floor-sku";
import { addToLines, lockOpenLines } from "./lock-open-lines";
import { refreshReadiness } from "./refresh-readiness";
import { splitQuantity, totalOf } from "./split-quantity";

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

/** What this clientEventId already allocated (a replay), and what the SKU still needs. */
async function earlierPick(tx: Tx, sku: string, clientEventId: string) {
  const [row] = await tx.$queryRaw<
    { remaining: number; allocations: { orderNumber: string; qty: number }[] }[]
  >`
    SELECT
      coalesce((SELECT "qtyOrdered" - "qtyPicked" - "qtyShort" FROM "SkuDemand" WHERE sku = ${sku}), 0)
        AS remaining,
      coalesce((SELECT json_agg(json_build_object('orderNumber', o.number, 'qty', e.qty)
                                ORDER BY e."createdAt", o.number)
                FROM "PickEvent" e
                JOIN "OrderItem" i ON i.id = e."orderItemId"
                JOIN "Order" o ON o.id = i."orderId"
                WHERE e."clientEventId" = ${clientEventId} AND e.kind = 'PICK'), '[]'::json)
        AS allocations`;
  return row!;
}

/**
 * A picker took `qty` of a SKU off the shelf: the units go to the oldest open lines first
 * (FIFO by order time), never beyond what the lines still need, each share recorded as a pick
 * event; readiness and PLACED → PROCESSING follow in the same transaction.
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
    const before = await earlierPick(tx, product.sku, input.clientEventId);
    if (before.allocations.length > 0) {
      return {
        ...base,
        picked: totalOf(before.allocations),
        remaining: before.remaining,
        allocations: before.allocations,
        nowReady: [],
        replayed: true,
      };
    }
    const lines = await lockOpenLines(tx, product.sku, "oldest-first", input.qty);
    const shares = splitQuantity(lines, input.qty);
    if (shares.length === 0) {
      throw new AppError(
        "CONFLICT",
        `Nothing is left to pick for ${product.sku}: every waiting order has it picked or marked short. Put the item back.`,
        { details: { sku: product.sku, remaining: 0 } },
      );
    }
    await addToLines(tx, "qtyPicked", shares);
    await tx.pickEvent.createMany({
      data: shares.map((share) => ({
        clientEventId: input.clientEventId,
        kind: "PICK" as const,
        sku: product.sku,
        orderItemId: share.lineId,
        qty: share.qty,
        pickerId: input.picker.id,
      })),
    });
    const readiness = await refreshReadiness(
      tx,
      [...new Set(shares.map((s) => s.orderId))],
      { userId: input.picker.id, label: "picker" },
      "First item picked",
    );
    return {
      ...base,
      picked: totalOf(shares),
      remaining: before.remaining - totalOf(shares),
      allocations: shares.map((s) => ({ orderNumber: s.orderNumber, qty: s.qty })),
      nowReady: readiness.nowReady,
      replayed: false,
    };
  }, FLOOR_TX);
}

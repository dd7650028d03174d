import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertAtPackingStation, lockOrderForPacking } from "./lock-packable-order";

export interface VerifyPackItemInput {
  orderId: string;
  /** what the scanner typed: the item's SKU or its barcode */
  code: string;
  viewer: Viewer;
}

export interface VerifyPackItemResult {
  itemId: string;
  sku: string;
  title: string;
  qtyVerified: number;
  qtyPicked: number;
  allVerified: boolean;
}

interface ItemRow {
  id: string;
  sku: string;
  title: string;
  barcode: string | null;
  qtyPicked: number;
  qtyShort: number;
  qtyVerified: number;
}

/**
 * One scan at the packing station. The code must be an item of this order that still has a
 * picked unit waiting to be verified; anything else is a 422 and nothing is recorded, so a
 * wrong item or one too many can never be counted into the box.
 */
export async function verifyPackItem(input: VerifyPackItemInput): Promise<VerifyPackItemResult> {
  return db.$transaction(async (tx) => {
    const order = await lockOrderForPacking(tx, input.orderId, input.viewer);
    assertAtPackingStation(order);
    const items = await tx.$queryRaw<ItemRow[]>`
      SELECT i.id, i.sku, i.title, p.barcode, i."qtyPicked", i."qtyShort", i."qtyVerified"
      FROM "OrderItem" i JOIN "Product" p ON p.id = i."productId"
      WHERE i."orderId" = ${input.orderId}
      ORDER BY i.sku, i.id
      FOR UPDATE OF i`;
    const code = input.code.trim();
    const matches = items.filter(
      (i) =>
        i.sku.toUpperCase() === code.toUpperCase() || (i.barcode !== null && i.barcode === code),
    );
    if (matches.length === 0)
      throw new AppError("VALIDATION", `Wrong item: ${code} is not in order ${order.number}.`, {
        details: { reason: "WRONG_ITEM", code },
      });
    const item = matches.find((i) => i.qtyVerified < i.qtyPicked);
    if (!item) {
      const first = matches[0]!;
      const picked = matches.reduce((sum, i) => sum + i.qtyPicked, 0);
      throw new AppError(
        "VALIDATION",
        picked === 0
          ? `${first.sku} was marked not in stock for this order: do not pack it.`
          : `Too many: all ${picked} picked ${picked === 1 ? "unit" : "units"} of ${first.sku} are already verified.`,
        { details: { reason: picked === 0 ? "SHORT_ITEM" : "TOO_MANY", code, sku: first.sku } },
      );
    }
    const updated = await tx.orderItem.update({
      where: { id: item.id },
      data: { qtyVerified: { increment: 1 } },
      select: { qtyVerified: true },
    });
    const allVerified = items.every((i) =>
      i.id === item.id ? updated.qtyVerified >= i.qtyPicked : i.qtyVerified >= i.qtyPicked,
    );
    return {
      itemId: item.id,
      sku: item.sku,
      title: item.title,
      qtyVerified: updated.qtyVerified,
      qtyPicked: item.qtyPicked,
      allVerified,
    };
  });
}

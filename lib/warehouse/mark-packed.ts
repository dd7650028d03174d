import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { requireFulfilment } from "@/lib/orders/require-fulfilment";
import { transitionOrder } from "@/lib/orders/transition-order";
import { queueAutoBooking } from "@/lib/shipping/queue-auto-booking";
import { assertAtPackingStation, lockOrderForPacking } from "./lock-packable-order";
import { recordPackedParcel, type PackedParcel } from "./record-packed-parcel";
import { settleShortAmounts } from "./settle-short-amounts";

export interface MarkPackedInput {
  orderId: string;
  viewer: Viewer;
  /** the version the packer's screen showed; a different one is a 409 */
  expectedVersion?: number;
  /** the weighed parcel and its box; without it the booking estimates from the products */
  parcel?: PackedParcel;
}

export interface MarkPackedResult {
  status: "PACKED";
  version: number;
  /** true when the order was already packed (a double tap or a retried request) */
  alreadyPacked: boolean;
}

interface ItemRow {
  sku: string;
  qtyPicked: number;
  qtyVerified: number;
}

/**
 * Processing → Packed, only when every picked unit was scanned at the station and an order
 * with shorts has a "ship partial" decision. Repeating the call on a packed order is a no-op.
 * Keeps the weight and box the packer gave, and settles a partial order's money (COD to collect,
 * refund due) in the same step, written in the status history.
 */
export async function markPacked(input: MarkPackedInput): Promise<MarkPackedResult> {
  await requireFulfilment();
  return db.$transaction(async (tx) => {
    const order = await lockOrderForPacking(tx, input.orderId, input.viewer);
    if (order.status === "PACKED")
      return { status: "PACKED", version: order.version, alreadyPacked: true };
    if (input.expectedVersion !== undefined && input.expectedVersion !== order.version)
      throw new AppError(
        "STALE_VERSION",
        "This order was changed by someone else. Reload it and try again.",
        { details: { currentVersion: order.version, currentStatus: order.status } },
      );
    assertAtPackingStation(order);
    const items = await tx.$queryRaw<ItemRow[]>`
      SELECT sku, "qtyPicked", "qtyVerified" FROM "OrderItem"
      WHERE "orderId" = ${order.id} ORDER BY sku FOR UPDATE`;
    const unverified = items.filter((i) => i.qtyVerified < i.qtyPicked);
    if (unverified.length > 0)
      throw new AppError(
        "CONFLICT",
        `Scan every item before packing: ${unverified
          .map((i) => `${i.sku} ${i.qtyVerified}/${i.qtyPicked}`)
          .join(", ")} still to verify.`,
        { details: { reason: "UNVERIFIED", skus: unverified.map((i) => i.sku) } },
      );
    if (items.every((i) => i.qtyPicked === 0))
      throw new AppError(
        "CONFLICT",
        `Nothing was picked for order ${order.number}: there is nothing to pack. Hold it instead.`,
        { details: { reason: "NOTHING_PICKED" } },
      );
    if (order.hasShortItems && order.packDecision !== "SHIP_PARTIAL")
      throw new AppError(
        "CONFLICT",
        order.packDecision === "HOLD"
          ? `Order ${order.number} is on hold. Choose "Ship partial" to pack it.`
          : `Order ${order.number} has short items: choose "Ship partial" or "Hold" first.`,
        { details: { reason: "DECISION_REQUIRED" } },
      );
    if (input.parcel) await recordPackedParcel(tx, order.id, input.parcel);
    const result = await transitionOrder(tx, {
      orderId: order.id,
      to: "PACKED",
      actor: { userId: input.viewer.id, label: "packer" },
      reason: order.hasShortItems ? await settleShortAmounts(tx, order.id) : null,
      expectedVersion: order.version,
    });
    await queueAutoBooking(tx, order.id);
    return { status: "PACKED", version: result.version, alreadyPacked: false };
  });
}

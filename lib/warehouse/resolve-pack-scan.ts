import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findToteOrder } from "@/lib/waves/find-tote-order";

export interface PackScanTarget {
  orderId: string;
  number: string;
}

/**
 * What a code scanned (or typed) into the pack station's "open an order" box opens: the order a
 * cluster-picking tote holds, or an order number, typed or read from the packing slip's barcode
 * (the slip encodes the order number), in any case. Only an order waiting at the station opens;
 * anything else gets a sentence saying why.
 */
export async function resolvePackScan(input: {
  code: string;
  viewer: Viewer;
}): Promise<PackScanTarget> {
  const code = input.code.trim().toUpperCase();
  const toteOrderId = await findToteOrder(code);
  const order = await db.order.findUnique({
    where: toteOrderId ? { id: toteOrderId } : { number: code },
    select: { id: true, number: true, status: true, readyToPack: true },
  });
  if (!order && (await db.tote.count({ where: { code } })) > 0)
    throw new AppError("NOT_FOUND", `Tote ${code} holds no order: it is empty.`);
  if (!order)
    throw new AppError(
      "NOT_FOUND",
      `No order has the number "${code}". Scan the barcode on the packing slip or type the order number (like PL-100166).`,
    );
  if (order.status === "PROCESSING" && order.readyToPack)
    return { orderId: order.id, number: order.number };
  // A packer learns only why the order is not at the station, never what is in it.
  throw new AppError(
    "CONFLICT",
    order.status === "PACKED"
      ? `Order ${order.number} is already packed.`
      : order.status === "PROCESSING" || order.status === "PLACED"
        ? `Order ${order.number} is not ready to pack: every item must be picked or marked short first.`
        : `Order ${order.number} is ${order.status.toLowerCase()}: it is not packed here.`,
  );
}

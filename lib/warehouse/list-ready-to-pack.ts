import { z } from "zod";
import { db } from "@/lib/db";
import { cursorKey, decodeCursor, toPage, type Page } from "@/lib/http/pagination";
import type { PackDecision, PaymentMethod } from "@/lib/generated/prisma/enums";
import { packedAmounts } from "./packed-amounts";

export interface ReadyToPackOptions {
  limit: number;
  cursor?: string;
  /** list the orders a packer put on hold instead of the queue */
  held: boolean;
}

export interface ReadyToPackOrder {
  id: string;
  number: string;
  customerName: string;
  city: string;
  pincode: string;
  placedAt: string;
  paymentMethod: PaymentMethod;
  codAmountPaise: number;
  hasShortItems: boolean;
  packDecision: PackDecision | null;
  onHold: boolean;
  lines: number;
  unitsPicked: number;
  unitsShort: number;
  unitsVerified: number;
}

const cursorShape = z.object({ placedAt: cursorKey.instant, id: cursorKey.text }).strict();

/** The packing queue: orders in Processing with every item picked or short, oldest first. */
export async function listReadyToPack(
  options: ReadyToPackOptions,
): Promise<Page<ReadyToPackOrder>> {
  const after = decodeCursor(options.cursor, cursorShape);
  const rows = await db.order.findMany({
    where: {
      status: "PROCESSING",
      readyToPack: true,
      onHold: options.held,
      ...(after
        ? {
            OR: [
              { placedAt: { gt: new Date(after.placedAt) } },
              { placedAt: new Date(after.placedAt), id: { gt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ placedAt: "asc" }, { id: "asc" }],
    take: options.limit + 1,
    select: {
      id: true,
      number: true,
      customerName: true,
      city: true,
      pincode: true,
      placedAt: true,
      paymentMethod: true,
      codAmountPaise: true,
      codOrderedPaise: true,
      totalPaise: true,
      shippingPaise: true,
      hasShortItems: true,
      packDecision: true,
      onHold: true,
      items: {
        select: {
          qtyOrdered: true,
          qtyPicked: true,
          qtyShort: true,
          qtyVerified: true,
          unitPricePaise: true,
        },
      },
    },
  });
  const orders = rows.map(
    ({ items, placedAt, codOrderedPaise, totalPaise, shippingPaise, ...order }) => ({
      ...order,
      // what is in the box, by the rule the slip and the booking use (packed-amounts.ts)
      codAmountPaise: packedAmounts({
        totalPaise,
        shippingPaise,
        codAmountPaise: order.codAmountPaise,
        codOrderedPaise,
        lines: items,
      }).codToCollectPaise,
      placedAt: placedAt.toISOString(),
      lines: items.length,
      unitsPicked: items.reduce((sum, i) => sum + i.qtyPicked, 0),
      unitsShort: items.reduce((sum, i) => sum + i.qtyShort, 0),
      unitsVerified: items.reduce((sum, i) => sum + i.qtyVerified, 0),
    }),
  );
  return toPage(orders, options.limit, (o) => ({ placedAt: o.placedAt, id: o.id }));
}

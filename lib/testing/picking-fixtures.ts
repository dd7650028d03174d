import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { createOrderWithLines, createShelfProduct, createStaffUser } from "./floor-fixtures";

// Small, explicit data for the picking integration tests: products, a picker and orders whose
// placing times are given in minutes, so FIFO and newest-first are easy to read in a test.

export function createPicker(name = "Picker") {
  return createStaffUser("PICKER", name);
}

export function createProduct(sku: string, extra: { category?: string; bin?: string } = {}) {
  return createShelfProduct({
    sku,
    title: `Product ${sku}`,
    category: extra.category ?? "Home",
    subcategory: "Kitchen",
    binLocation: extra.bin ?? `B-${sku}`,
  });
}

export interface OrderLine {
  sku: string;
  qty: number;
}

export function createOrder(
  number: string,
  minutesAgo: number,
  lines: OrderLine[],
  status: OrderStatus = "PLACED",
) {
  return createOrderWithLines(
    number,
    minutesAgo,
    lines.map((line) => ({ sku: line.sku, ordered: line.qty })),
    { status, totalPaise: 10_000, unitPricePaise: 10_000 },
  );
}

export async function linesOf(sku: string) {
  return db.orderItem.findMany({
    where: { sku },
    select: {
      qtyOrdered: true,
      qtyPicked: true,
      qtyShort: true,
      order: { select: { number: true } },
    },
    orderBy: { orderPlacedAt: "asc" },
  });
}

export async function orderState(number: string) {
  return db.order.findUniqueOrThrow({
    where: { number },
    select: { status: true, readyToPack: true, hasShortItems: true },
  });
}

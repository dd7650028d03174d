import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

// Small, explicit data for the picking integration tests: products, a picker and orders whose
// placing times are given in minutes, so FIFO and newest-first are easy to read in a test.
let counter = 0;

export async function createPicker(name = "Picker") {
  counter += 1;
  return db.user.create({
    data: {
      email: `picker${counter}-${randomUUID()}@floor.test`,
      name,
      role: "PICKER",
      passwordHash: "x",
    },
    select: { id: true, name: true },
  });
}

export async function createProduct(sku: string, extra: { category?: string; bin?: string } = {}) {
  counter += 1;
  return db.product.create({
    data: {
      sku,
      title: `Product ${sku}`,
      category: extra.category ?? "Home",
      subcategory: "Kitchen",
      binLocation: extra.bin ?? `B-${sku}`,
      barcode: `890${String(counter).padStart(9, "0")}`,
    },
    select: { id: true, sku: true, barcode: true },
  });
}

export interface OrderLine {
  sku: string;
  qty: number;
}

export async function createOrder(
  number: string,
  minutesAgo: number,
  lines: OrderLine[],
  status: OrderStatus = "PLACED",
) {
  const placedAt = new Date(Date.now() - minutesAgo * 60_000);
  const products = await db.product.findMany({
    where: { sku: { in: lines.map((l) => l.sku) } },
    select: { id: true, sku: true, title: true },
  });
  const bySku = new Map(products.map((p) => [p.sku, p]));
  return db.order.create({
    data: {
      source: "SEED",
      externalId: number,
      number,
      customerName: "Asha Rao",
      customerPhone: "+919812345678",
      addressLine1: "12, MG Road",
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560001",
      paymentMethod: "PREPAID",
      subtotalPaise: 10_000,
      totalPaise: 10_000,
      status,
      placedAt,
      items: {
        create: lines.map((line) => {
          const product = bySku.get(line.sku);
          if (!product) throw new Error(`no product ${line.sku}`);
          return {
            productId: product.id,
            sku: product.sku,
            title: product.title,
            unitPricePaise: 10_000,
            qtyOrdered: line.qty,
            orderPlacedAt: placedAt,
          };
        }),
      },
    },
    select: { id: true, number: true },
  });
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

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OrderStatus, Role } from "@/lib/generated/prisma/enums";

// Data for the packing and out-of-stock tests: orders already picked (readiness is the picking
// work's job), so each test states exactly what the packing station starts from.
let counter = 0;

export async function createUser(role: Role = "PACKER") {
  counter += 1;
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}${counter}-${randomUUID()}@pack.test`,
      name: `${role} ${counter}`,
      role,
      passwordHash: "x",
    },
    select: { id: true, name: true },
  });
}

export async function enableFulfilment() {
  await db.featureFlag.upsert({
    where: { key: "feature.orders.order_fulfillment" },
    create: { key: "feature.orders.order_fulfillment", enabled: true, description: "test" },
    update: { enabled: true },
  });
}

export async function createProduct(sku: string, title = `Product ${sku}`) {
  counter += 1;
  return db.product.create({
    data: {
      sku,
      title,
      category: "Grocery",
      subcategory: "Staples",
      binLocation: `A-${String(counter).padStart(2, "0")}`,
      barcode: `890${String(counter).padStart(10, "0")}`,
    },
    select: { id: true, sku: true, title: true, barcode: true },
  });
}

export interface PackedLine {
  sku: string;
  ordered: number;
  picked: number;
  short?: number;
}

export async function createPickedOrder(
  number: string,
  minutesAgo: number,
  lines: PackedLine[],
  options: { status?: OrderStatus; readyToPack?: boolean; cod?: boolean } = {},
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
      paymentMethod: options.cod ? "COD" : "PREPAID",
      subtotalPaise: 45_000,
      totalPaise: 45_000,
      codAmountPaise: options.cod ? 45_000 : 0,
      status: options.status ?? "PROCESSING",
      readyToPack: options.readyToPack ?? true,
      hasShortItems: lines.some((l) => (l.short ?? 0) > 0),
      placedAt,
      items: {
        create: lines.map((line) => {
          const product = bySku.get(line.sku);
          if (!product) throw new Error(`no product ${line.sku}`);
          return {
            productId: product.id,
            sku: product.sku,
            title: product.title,
            unitPricePaise: 15_000,
            qtyOrdered: line.ordered,
            qtyPicked: line.picked,
            qtyShort: line.short ?? 0,
            orderPlacedAt: placedAt,
          };
        }),
      },
    },
    select: { id: true, number: true, version: true },
  });
}

import { db } from "@/lib/db";
import type { OrderStatus, Role } from "@/lib/generated/prisma/enums";
import { createOrderWithLines, createShelfProduct, createStaffUser } from "./floor-fixtures";

// Data for the packing and out-of-stock tests: orders already picked (readiness is the picking
// work's job), so each test states exactly what the packing station starts from.

export function createUser(role: Role = "PACKER") {
  return createStaffUser(role);
}

export async function enableFulfilment() {
  await db.featureFlag.upsert({
    where: { key: "feature.orders.order_fulfillment" },
    create: { key: "feature.orders.order_fulfillment", enabled: true, description: "test" },
    update: { enabled: true },
  });
}

export function createProduct(sku: string, title = `Product ${sku}`) {
  return createShelfProduct({ sku, title, category: "Grocery", subcategory: "Staples" });
}

export interface PackedLine {
  sku: string;
  ordered: number;
  picked: number;
  short?: number;
}

export function createPickedOrder(
  number: string,
  minutesAgo: number,
  lines: PackedLine[],
  options: { status?: OrderStatus; readyToPack?: boolean; cod?: boolean } = {},
) {
  return createOrderWithLines(number, minutesAgo, lines, {
    status: options.status ?? "PROCESSING",
    readyToPack: options.readyToPack ?? true,
    cod: options.cod,
    totalPaise: 45_000,
    unitPricePaise: 15_000,
  });
}

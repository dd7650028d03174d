import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OrderStatus, Role } from "@/lib/generated/prisma/enums";

// Products on the shelves and orders placed a given number of minutes ago, shared by the picking
// and packing fixtures: each states only what its station starts from (lines picked, status…).
let counter = 0;

function nextFixtureNumber(): number {
  counter += 1;
  return counter;
}

export async function createStaffUser(role: Role, name?: string) {
  const n = nextFixtureNumber();
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}${n}-${randomUUID()}@floor.test`,
      name: name ?? `${role} ${n}`,
      role,
      passwordHash: "x",
    },
    select: { id: true, name: true, role: true },
  });
}

export async function createShelfProduct(product: {
  sku: string;
  title: string;
  category: string;
  subcategory: string;
  /** defaults to the next numbered bin in aisle A */
  binLocation?: string;
}) {
  const n = nextFixtureNumber();
  return db.product.create({
    data: {
      ...product,
      binLocation: product.binLocation ?? `A-${String(n).padStart(2, "0")}`,
      barcode: `890${String(n).padStart(10, "0")}`,
    },
    select: { id: true, sku: true, title: true, barcode: true },
  });
}

export interface FixtureLine {
  sku: string;
  ordered: number;
  picked?: number;
  short?: number;
}

/** An order of already-created products, each line at `unitPricePaise`, placed minutes ago. */
export async function createOrderWithLines(
  number: string,
  minutesAgo: number,
  lines: FixtureLine[],
  order: {
    status: OrderStatus;
    totalPaise: number;
    unitPricePaise: number;
    cod?: boolean;
    readyToPack?: boolean;
  },
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
      paymentMethod: order.cod ? "COD" : "PREPAID",
      subtotalPaise: order.totalPaise,
      totalPaise: order.totalPaise,
      codAmountPaise: order.cod ? order.totalPaise : 0,
      status: order.status,
      readyToPack: order.readyToPack,
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
            unitPricePaise: order.unitPricePaise,
            qtyOrdered: line.ordered,
            qtyPicked: line.picked ?? 0,
            qtyShort: line.short ?? 0,
            orderPlacedAt: placedAt,
          };
        }),
      },
    },
    select: { id: true, number: true, version: true },
  });
}

import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Rows for integration tests and the list benchmark: real orders written straight to the
// database, so the use cases under test read exactly what production would store.
let sequence = 0;

export async function createFixtureUser(role: "OPS" | "ADMIN" = "OPS") {
  const n = ++sequence;
  return db.user.create({
    data: { email: `ops${n}-${randomUUID()}@test.in`, name: `Ops ${n}`, role, passwordHash: "x" },
    select: { id: true, name: true },
  });
}

export async function createFixtureOrder(
  overrides: Partial<Prisma.OrderUncheckedCreateInput> = {},
) {
  const n = ++sequence;
  const sku = `SKU-${randomUUID().slice(0, 8)}`;
  const product = await db.product.create({
    data: { sku, title: `Product ${n}`, category: "Test", pricePaise: 19900 },
    select: { id: true },
  });
  const placedAt = overrides.placedAt ? new Date(overrides.placedAt) : new Date();
  return db.order.create({
    data: {
      source: "MANUAL",
      externalId: `ext-${randomUUID()}`,
      number: `T-${randomUUID().slice(0, 10)}`,
      customerName: `Customer ${n}`,
      customerEmail: `customer${n}-${randomUUID().slice(0, 6)}@example.in`,
      customerPhone: `+9198${String(10_000_000 + n).padStart(8, "0")}`,
      addressLine1: "12, MG Road",
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560001",
      paymentMethod: "PREPAID",
      paymentStatus: "PAID",
      subtotalPaise: 19900,
      totalPaise: 19900,
      ...overrides,
      placedAt,
      items: {
        create: [
          {
            productId: product.id,
            sku,
            title: `Product ${n}`,
            unitPricePaise: 19900,
            qtyOrdered: 1,
            orderPlacedAt: placedAt,
          },
        ],
      },
    },
    select: { id: true, number: true, version: true, status: true, customerPhone: true },
  });
}

export async function setFulfilmentFlag(enabled: boolean) {
  await db.featureFlag.upsert({
    where: { key: "feature.orders.order_fulfillment" },
    create: { key: "feature.orders.order_fulfillment", enabled, description: "test" },
    update: { enabled },
  });
}

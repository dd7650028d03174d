import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";

// Packed orders kept for the dock journey (e2e/dispatch.spec.ts), apart from the demo mix so no
// other journey's counts or numbers move: PL-200001…200040 (20 per tablet size), placed 40 days ago
// (so they list after every demo order), every third paid on delivery. The journey books
// them itself through Packline's routes, then hands them to the couriers.
const COUNT = 40;
const DAY = 86_400_000;

interface Product {
  id: string;
  sku: string;
  title: string;
  pricePaise: number;
}

export function buildDockOrders(product: Product, now = Date.now()) {
  const orders: Prisma.OrderCreateManyInput[] = [];
  const items: Prisma.OrderItemCreateManyInput[] = [];
  const history: Prisma.OrderStatusHistoryCreateManyInput[] = [];
  for (let n = 1; n <= COUNT; n += 1) {
    const id = randomUUID();
    const placedAt = new Date(now - 40 * DAY + n * 60_000);
    const cod = n % 3 === 0;
    const total = product.pricePaise;
    orders.push({
      id,
      source: "SEED",
      externalId: `DOCK-${n}`,
      number: `PL-${200000 + n}`,
      customerName: `Dock Customer ${n}`,
      customerPhone: `+9198450${String(n).padStart(5, "0")}`,
      addressLine1: `${n}, 4th Cross, Koramangala`,
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560034",
      paymentMethod: cod ? "COD" : "PREPAID",
      paymentStatus: cod ? "PENDING" : "PAID",
      subtotalPaise: total,
      totalPaise: total,
      codAmountPaise: cod ? total : 0,
      status: "PACKED",
      readyToPack: true,
      placedAt,
      createdAt: placedAt,
      packedAt: new Date(placedAt.getTime() + 3_600_000),
    });
    items.push({
      id: randomUUID(),
      orderId: id,
      productId: product.id,
      sku: product.sku,
      title: product.title,
      unitPricePaise: product.pricePaise,
      qtyOrdered: 1,
      qtyPicked: 1,
      qtyVerified: 1,
      orderPlacedAt: placedAt,
    });
    (["PLACED", "PROCESSING", "PACKED"] as const).forEach((to, step, path) =>
      history.push({
        id: randomUUID(),
        orderId: id,
        fromStatus: step === 0 ? null : path[step - 1],
        toStatus: to,
        createdAt: new Date(placedAt.getTime() + step * 1_800_000),
        actorLabel: "seed",
      }),
    );
  }
  return { orders, items, history };
}

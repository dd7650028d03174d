import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CourierCode } from "../../lib/generated/prisma/enums";
import { COURIER_FREIGHT_DEFAULTS } from "../../lib/freight/courier-freight-defaults";
import { recordFreightCharge } from "../../lib/freight/record-freight-charge";

// Delivered and shipped parcels with what the pack station recorded (scale weight, box) and what
// each courier charged, for the weight and freight screen (/shipping/freight) and its journey
// (e2e/freight.spec.ts): PL-340001…340024, placed 20–50 days ago, apart from the demo mix so no
// other journey's counts or numbers move. Every fourth parcel is billed two slabs heavy (a
// discrepancy; they fall on every courier and box); the last twelve were charged in the last
// day, so their dispute windows are open, the first twelve a month before, so theirs have closed.
const COUNT = 24;
const DAY = 86_400_000;
const BOXES = [
  { name: "Box S", lengthCm: 20, breadthCm: 15, heightCm: 10 },
  { name: "Box M", lengthCm: 30, breadthCm: 22, heightCm: 12 },
  { name: "Box L", lengthCm: 40, breadthCm: 30, heightCm: 20 },
];

interface Product {
  id: string;
  sku: string;
  title: string;
  pricePaise: number;
}

export async function seedFreightOrders(
  tx: Prisma.TransactionClient,
  product: Product,
  accounts: { id: string; courier: CourierCode; name: string }[],
  now = Date.now(),
): Promise<void> {
  for (let n = 1; n <= COUNT; n += 1) {
    const account = accounts[n % accounts.length]!;
    const box = BOXES[Math.floor(n / 2) % BOXES.length]!;
    const id = randomUUID();
    const placedAt = new Date(now - (50 - n) * DAY);
    const packedWeightGrams = 300 + ((n * 370) % 2200);
    const delivered = n % 5 !== 0;
    await tx.order.create({
      data: {
        id,
        source: "SEED",
        externalId: `FREIGHT-${n}`,
        number: `PL-${340000 + n}`,
        customerName: `Freight Customer ${n}`,
        customerPhone: `+9198451${String(n).padStart(5, "0")}`,
        addressLine1: `${n}, 2nd Main, Jayanagar`,
        city: "Bengaluru",
        state: "Karnataka",
        pincode: "560041",
        paymentMethod: "PREPAID",
        paymentStatus: "PAID",
        subtotalPaise: product.pricePaise,
        totalPaise: product.pricePaise,
        status: delivered ? "DELIVERED" : "SHIPPED",
        placedAt,
        createdAt: placedAt,
        packedAt: new Date(placedAt.getTime() + 3_600_000),
        packedWeightGrams,
        packedBoxName: box.name,
        packedLengthCm: box.lengthCm,
        packedBreadthCm: box.breadthCm,
        packedHeightCm: box.heightCm,
        items: {
          create: {
            productId: product.id,
            sku: product.sku,
            title: product.title,
            unitPricePaise: product.pricePaise,
            qtyOrdered: 1,
            qtyPicked: 1,
            qtyVerified: 1,
            orderPlacedAt: placedAt,
          },
        },
      },
      select: { id: true },
    });
    const rule = {
      ...COURIER_FREIGHT_DEFAULTS[account.courier],
      courierAccountId: account.id,
      courier: account.courier,
      accountName: account.name,
      edited: false,
    };
    // What the courier should charge (by its published rule), then two slabs more for every
    // fourth parcel; freight is ₹40 and ₹25 a slab, quoted on the fair weight.
    const volume = (box.lengthCm * box.breadthCm * box.heightCm * 1000) / rule.volumetricDivisor;
    const fair = Math.ceil(Math.max(packedWeightGrams, volume) / rule.slabGrams) * rule.slabGrams;
    const charged = fair + (n % 4 === 0 ? 2 * rule.slabGrams : 0);
    const freight = (grams: number) => 4_000 + (grams / rule.slabGrams) * 2_500;
    const shipment = await tx.shipment.create({
      data: {
        orderId: id,
        courierAccountId: account.id,
        idempotencyKey: `${id}:FORWARD`,
        awb: `934${String(n).padStart(8, "0")}`,
        status: delivered ? "DELIVERED" : "IN_TRANSIT",
        weightGrams: packedWeightGrams,
        lengthCm: box.lengthCm,
        breadthCm: box.breadthCm,
        heightCm: box.heightCm,
        chargePaise: freight(fair),
        bookedAt: new Date(placedAt.getTime() + 7_200_000),
        deliveredAt: delivered ? new Date(placedAt.getTime() + 3 * DAY) : null,
      },
      select: { id: true },
    });
    await recordFreightCharge(
      tx,
      {
        id: shipment.id,
        courierAccountId: account.id,
        chargePaise: freight(fair),
        weightGrams: packedWeightGrams,
        order: {
          packedWeightGrams,
          packedBoxName: box.name,
          packedLengthCm: box.lengthCm,
          packedBreadthCm: box.breadthCm,
          packedHeightCm: box.heightCm,
        },
      },
      rule,
      {
        shipmentId: shipment.id,
        source: "BILLING_FILE",
        chargedWeightGrams: charged,
        chargedPaise: freight(charged),
        chargedAt: new Date(now - (n > COUNT / 2 ? 0.5 : 35) * DAY),
      },
    );
  }
}

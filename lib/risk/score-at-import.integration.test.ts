import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { insertImportedOrders } from "@/lib/orders/import/insert-imported-orders";
import type { ImportedOrder } from "@/lib/orders/import/normalize-store-page";
import { createFinishedOrder, createRiskCourierAccount } from "@/lib/testing/risk-fixtures";
import type { RiskReason } from "./score-order";

// The directory can be made to fail, to show that a scorer error costs the import nothing.
const broken = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/risk/pincode-directory", async (importOriginal) => {
  const real = await importOriginal<typeof import("./pincode-directory")>();
  return {
    ...real,
    lookUpPincode: (pin: string) => {
      if (broken.on) throw new Error("directory file unreadable");
      return real.lookUpPincode(pin);
    },
  };
});

const DAY = 86_400_000;
const start = new Date(Date.now() - 200 * DAY);
const risky = { phone: "+919811100001", email: "refuser@example.in" };

function imported(n: number, over: Partial<ImportedOrder> = {}): ImportedOrder {
  return {
    externalId: `risk-${n}`,
    number: `RISK-${n}`,
    storeStatus: "paid",
    placedAt: new Date(),
    updatedAt: new Date(),
    customerName: `Buyer ${n}`,
    customerEmail: `buyer${n}@example.in`,
    customerPhone: `+91980000${String(n).padStart(4, "0")}`,
    addressLine1: "Flat 402, Prestige Residency, 5th Cross",
    addressLine2: "Koramangala 4th Block",
    landmark: null,
    city: "Bengaluru",
    state: "Karnataka",
    pincode: "560034",
    paymentMethod: "PREPAID",
    paymentStatus: "PAID",
    subtotalPaise: 99_900,
    shippingPaise: 0,
    discountPaise: 0,
    taxPaise: 0,
    totalPaise: 99_900,
    lines: [{ sku: "RISK-SKU", title: "Kurta", unitPricePaise: 99_900, qty: 1 }],
    ...over,
  } as ImportedOrder;
}

async function importBatch(orders: ImportedOrder[]) {
  const product = await db.product.upsert({
    where: { sku: "RISK-SKU" },
    create: { sku: "RISK-SKU", title: "Kurta", category: "Test", pricePaise: 99_900 },
    update: {},
    select: { id: true },
  });
  return db.$transaction((tx) =>
    insertImportedOrders(tx, orders, new Map([["RISK-SKU", product.id]])),
  );
}

const stored = (number: string) =>
  db.order.findUniqueOrThrow({
    where: { number },
    select: { id: true, rtoRiskScore: true, rtoRiskReasons: true, rtoRiskScoredAt: true },
  });

beforeAll(async () => {
  const { id } = await createRiskCourierAccount();
  // Pincode 841226 (Siwan): 6 of 14 parcels came back; the risky buyer's 2 earlier parcels too.
  for (let i = 0; i < 14; i++)
    await createFinishedOrder({
      start,
      placedDay: i,
      finishedDay: i + 5,
      cameBack: i < 6,
      courierAccountId: id,
      pincode: "841226",
      city: "Siwan",
      state: "Bihar",
      ...(i < 2 ? risky : {}),
    });
});
beforeEach(() => {
  broken.on = false;
});

describe("RTO risk scored at import", () => {
  it("scores each order of a batch in the transaction that inserts it, with its reasons", async () => {
    const created = await importBatch([
      imported(1, {
        customerPhone: risky.phone,
        customerEmail: risky.email,
        addressLine1: "Near bus stand",
        addressLine2: null,
        city: "Siwan",
        state: "Bihar",
        pincode: "841226",
        paymentMethod: "COD",
        paymentStatus: "PENDING",
      }),
      imported(2),
    ]);
    expect(created).toHaveLength(2);
    const riskyOrder = await stored("RISK-1");
    const clean = await stored("RISK-2");
    expect(riskyOrder.rtoRiskScoredAt).not.toBeNull();
    expect(clean.rtoRiskScore).toBeLessThan(20);
    expect(riskyOrder.rtoRiskScore).toBeGreaterThanOrEqual(40);
    const texts = (riskyOrder.rtoRiskReasons as unknown as RiskReason[]).map((r) => r.text);
    expect(texts).toContain(
      "Pincode 841226: 6 of 14 parcels came back (43 %); Siwan: 6 of 14 parcels came back (43 %)",
    );
    expect(texts).toContain(
      "Buyer (same phone or e-mail): 2 of 2 parcels came back (100 %) of 2 earlier orders",
    );
    expect(texts).toContain("Cash on delivery");
    expect(texts).toContain("Address has no house or flat number");
    expect(texts).toContain("Base rate: 6 of 14 parcels came back (43 %) so far");
  });

  it("imports the orders unscored, and logs why, when the scorer fails", async () => {
    broken.on = true;
    const created = await importBatch([imported(3), imported(4)]);
    expect(created).toHaveLength(2);
    for (const number of ["RISK-3", "RISK-4"]) {
      const order = await stored(number);
      expect(order.rtoRiskScore).toBeNull();
      expect(order.rtoRiskReasons).toBeNull();
      expect(await db.orderItem.count({ where: { orderId: order.id } })).toBe(1);
      expect(
        await db.outboxEvent.count({ where: { aggregateId: order.id, type: "OrderPlaced" } }),
      ).toBe(1);
    }
  });
});

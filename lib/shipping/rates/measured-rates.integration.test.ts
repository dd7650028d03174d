import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { foldCourierDayStats } from "@/lib/dashboard/fold-courier-day-stats";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { measuredRates, MIN_PINCODE_PARCELS } from "./measured-rates";

// Each account's record where a parcel goes: the drop pincode's own finished parcels when there
// are enough, else the zone's, summed from the dashboard's CourierDayStats.
let busy = "";
let quiet = "";

async function parcels(accountId: string, pincode: string, status: ShipmentStatus, n: number) {
  const bookedAt = new Date(Date.now() - 10 * 86_400_000);
  for (let i = 0; i < n; i++) {
    const order = await createFixtureOrder({ pincode, status: "SHIPPED" });
    await db.shipment.create({
      data: {
        orderId: order.id,
        courierAccountId: accountId,
        idempotencyKey: `${order.id}:FORWARD:1`,
        status,
        bookedAt,
        expectedDeliveryAt: new Date(bookedAt.getTime() + 4 * 86_400_000),
        deliveredAt:
          status === "DELIVERED"
            ? new Date(bookedAt.getTime() + (i % 2 ? 3 : 6) * 86_400_000)
            : null,
      },
    });
  }
}

beforeAll(async () => {
  const account = (name: string, courier: "SHIPROCKET" | "DELHIVERY") =>
    db.courierAccount.create({
      data: {
        name,
        courier,
        baseUrl: "http://127.0.0.1:9",
        credentialsEncrypted: "x",
        pickupPincode: "560001",
      },
      select: { id: true },
    });
  busy = (await account("Busy", "SHIPROCKET")).id;
  quiet = (await account("Quiet", "DELHIVERY")).id;
  // Busy: 18 delivered + 4 RTO to 400070 (enough to stand on the pincode), and more in zone 40.
  await parcels(busy, "400070", "DELIVERED", 18);
  await parcels(busy, "400070", "RTO_DELIVERED", 4);
  await parcels(busy, "401101", "DELIVERED", 10);
  // Quiet: only 3 parcels to 400070, so its zone 40 record stands in.
  await parcels(quiet, "400070", "RTO_DELIVERED", 3);
  await parcels(quiet, "400001", "DELIVERED", 17);
  while ((await foldCourierDayStats()) > 0);
});

describe("measuredRates", () => {
  it("uses the pincode's own record with enough finished parcels, else the zone's", async () => {
    expect(18 + 4).toBeGreaterThanOrEqual(MIN_PINCODE_PARCELS);
    const rates = await measuredRates("400070");
    expect(rates.get(busy)).toEqual({
      deliveryRate: 18 / 22,
      rtoRate: 4 / 22,
      onTimeRate: 9 / 18,
      samples: 22,
      basis: "to pincode 400070",
    });
    expect(rates.get(quiet)).toEqual({
      deliveryRate: 17 / 20,
      rtoRate: 3 / 20,
      onTimeRate: expect.any(Number),
      samples: 20,
      basis: "in zone 40",
    });
  });

  it("knows nothing of a zone no parcel went to", async () => {
    expect((await measuredRates("110001")).size).toBe(0);
  });
});

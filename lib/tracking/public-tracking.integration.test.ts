import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/track/[awb]/route";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createOrderWithLines, createShelfProduct } from "@/lib/testing/floor-fixtures";
import {
  MISS_COST,
  ORDER_NOT_FOUND,
  TRACKING_POINTS_PER_MINUTE,
  lookUpOrderTracking,
  lookUpTracking,
} from "./look-up-tracking";

// A COD parcel shipped partial (one cup and the spoon were short), re-created by Ekart under a
// new AWB, with a courier remark that names the delivery agent.
const AWB = "EKTRK000000042";
const OLD_AWB = "EKOLD000000041";
const ORDER = "PL-TRACK-2";

beforeAll(async () => {
  for (const [sku, title] of [
    ["TEA-1", "Assam tea 250 g"],
    ["CUP-1", "Clay cup"],
    ["SPN-1", "Steel spoon"],
  ] as const)
    await createShelfProduct({ sku, title, category: "Kitchen", subcategory: "Tea" });
  const order = await createOrderWithLines(
    ORDER,
    90,
    [
      { sku: "TEA-1", ordered: 2, picked: 2 },
      { sku: "CUP-1", ordered: 3, picked: 2, short: 1 },
      { sku: "SPN-1", ordered: 1, short: 1 },
    ],
    { status: "SHIPPED", totalPaise: 84_900, unitPricePaise: 10_000, cod: true },
  );
  const account = await db.courierAccount.create({
    data: {
      courier: "EKART",
      name: "Ekart tracking test",
      baseUrl: "http://127.0.0.1:9",
      credentialsEncrypted: "x",
      pickupPincode: "560001",
    },
    select: { id: true },
  });
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: account.id,
      idempotencyKey: `${order.id}:forward`,
      awb: AWB,
      status: "OUT_FOR_DELIVERY",
      awbAliases: { create: { awb: OLD_AWB, replacedBy: AWB } },
      trackingEvents: {
        create: {
          kind: "SCAN",
          status: "OUT_FOR_DELIVERY",
          statusCoded: true,
          rawStatus: "Out For Delivery",
          remarks: "Agent Ravi Kumar 9000000001 near Asha Rao's gate, 12, MG Road",
          location: "Bengaluru_Koramangala_D",
          occurredAt: new Date(),
          source: "WEBHOOK",
          dedupeKey: "test:ofd",
        },
      },
    },
    select: { id: true },
  });
  expect(shipment.id).toBeTruthy();
});

const get = (awb: string, client: string, headers: Record<string, string> = {}) =>
  GET(
    new NextRequest(`http://localhost/api/track/${awb}`, {
      headers: { "x-forwarded-for": client, ...headers },
    }),
    { params: Promise.resolve({ awb }) },
  );

describe("finding a parcel", () => {
  it("finds it by its AWB in any case, and by the AWB the courier replaced", async () => {
    for (const typed of [AWB, AWB.toLowerCase(), "EkTrk000000042", OLD_AWB.toLowerCase()]) {
      const found = await lookUpTracking({ awb: typed, client: "10.8.0.1" });
      expect(found.awb).toBe(AWB);
    }
  });

  it("keeps the times exact and says when the courier moved its first promise later", async () => {
    const { id } = await db.shipment.update({
      where: { awb: AWB },
      data: { expectedDeliveryAt: new Date("2025-03-07T12:30:00.000Z") },
      select: { id: true },
    });
    await db.shipmentPromise.createMany({
      data: [
        {
          shipmentId: id,
          expectedDeliveryAt: new Date("2025-03-05T12:30:00.000Z"),
          recordedAt: new Date("2025-03-01T04:00:00.000Z"),
          source: "BOOKING",
        },
        {
          shipmentId: id,
          expectedDeliveryAt: new Date("2025-03-07T12:30:00.000Z"),
          recordedAt: new Date("2025-03-04T04:00:00.000Z"),
          source: "COURIER",
        },
      ],
    });
    const scan = await db.trackingEvent.findFirstOrThrow({
      where: { shipmentId: id },
      select: { occurredAt: true },
    });
    const found = await lookUpTracking({ awb: AWB, client: "10.8.0.6" });
    expect(found).toMatchObject({
      expectedDeliveryAt: "2025-03-07T12:30:00.000Z",
      firstPromisedAt: "2025-03-05T12:30:00.000Z",
      deliveredAt: null,
      events: [{ title: "Out for delivery", at: scan.occurredAt.toISOString() }],
    });
  });

  it("finds the AWB from the order number and the phone however it is written", async () => {
    for (const phone of ["9812345678", "+91 98123 45678", "098123-45678"]) {
      const found = await lookUpOrderTracking({
        orderNumber: "pl-track-2",
        phone,
        client: "10.8.0.2",
      });
      expect(found).toEqual({ orderNumber: ORDER, awb: AWB });
    }
  });

  it("says the same sentence for a wrong phone as for an unknown order, and limits guessing", async () => {
    const refusal = (orderNumber: string, phone: string) =>
      lookUpOrderTracking({ orderNumber, phone, client: "10.8.0.3" }).then(
        () => null,
        (error: AppError) => [error.code, error.message],
      );
    const wrongPhone = await refusal(ORDER, "9812345679");
    const unknown = await refusal("PL-NOSUCH-1", "9812345678");
    const notAPhone = await refusal(ORDER, "12345");
    expect(wrongPhone).toEqual(["NOT_FOUND", ORDER_NOT_FOUND]);
    expect(unknown).toEqual(wrongPhone);
    expect(notAPhone).toEqual(wrongPhone);
    for (let i = 3; i < TRACKING_POINTS_PER_MINUTE / MISS_COST; i++)
      expect((await refusal(ORDER, "9812345679"))?.[0]).toBe("NOT_FOUND");
    // the right phone from the same connection is now refused too: the limit is per client
    expect((await refusal(ORDER, "9812345678"))?.[0]).toBe("RATE_LIMITED");
  });
});

describe("what the customer reads", () => {
  it("shows the box as shipped, the COD amount, the courier's link and the first name only", async () => {
    const res = await get(AWB.toLowerCase(), "10.8.0.4");
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      awb: AWB,
      orderNumber: ORDER,
      recipient: "Asha",
      status: "OUT_FOR_DELIVERY",
      courier: { name: "Ekart", trackingUrl: `https://ekartlogistics.com/shipmenttrack/${AWB}` },
      items: [
        { name: "Assam tea 250 g", quantity: 2 },
        { name: "Clay cup", quantity: 2 },
      ],
      payOnDeliveryPaise: 84_900,
      destination: "Bengaluru 560001",
    });
    expect(body.events).toHaveLength(1);
    for (const secret of ["Rao", "9812345678", "MG Road", "Ravi", "9000000001", "Koramangala_D"])
      expect(text).not.toContain(secret);
  });

  it("answers an unchanged parcel 304 to the page's revalidation", async () => {
    const first = await get(AWB, "10.8.0.5");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const again = await get(AWB, "10.8.0.5", { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await db.shipment.update({
      where: { awb: AWB },
      data: { status: "DELIVERED", deliveredAt: new Date() },
    });
    const moved = await get(AWB, "10.8.0.5", { "if-none-match": etag! });
    expect(moved.status).toBe(200);
    expect((await moved.json()).status).toBe("DELIVERED");
  });
});

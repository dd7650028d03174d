import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { createSandbox } from "@/sandbox/server";
import { bookShipment } from "./book-shipment";
import { PICKUP_ADDRESS_KEY } from "./pickup-address";

// The real Shiprocket adapter against the sandbox over loopback HTTP. Every request the sandbox
// receives is recorded, so "reached the courier" is counted at the courier's end.
const { server } = createSandbox();
const seen: string[] = [];
server.prependListener("request", (req) => seen.push(`${req.method} ${req.url?.split("?")[0]}`));
let sandboxUrl = "";
const API = "/shiprocket/v1/external";
const creates = () => seen.filter((s) => s === `POST ${API}/orders/create/adhoc`).length;
const actor = { label: "test" };

const fault = (rule: object) =>
  fetch(`${sandboxUrl}/_control/faults`, { method: "POST", body: JSON.stringify(rule) });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  sandboxUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await db.courierAccount.create({
    data: {
      courier: "SHIPROCKET",
      name: "Shiprocket test",
      baseUrl: `${sandboxUrl}${API}`,
      credentialsEncrypted: encryptJson({ email: "api@packline.local", password: "x" }),
      webhookSecretEncrypted: encryptSecret("token"),
      pickupPincode: "560001",
      pickupLocationName: "Primary",
    },
  });
  await db.setting.create({
    data: {
      key: PICKUP_ADDRESS_KEY,
      value: {
        name: "Packline Warehouse",
        phone: "9876543210",
        line1: "12 Industrial Layout",
        city: "Bengaluru",
        state: "Karnataka",
      },
    },
  });
  await db.product.create({
    data: { id: "p1", sku: "SKU-1", title: "Steel bottle", category: "Kitchen", weightGrams: 400 },
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let n = 0;
async function packedOrder(over: { customerPhone?: string } = {}) {
  n += 1;
  return db.order.create({
    data: {
      source: "MANUAL",
      externalId: `ext-${n}-${Date.now()}`,
      number: `PL-T${n}${Date.now() % 100000}`,
      customerName: "Asha Rao",
      customerPhone: over.customerPhone ?? "9123456780",
      addressLine1: "4 MG Road",
      city: "Mumbai",
      state: "Maharashtra",
      pincode: "400001",
      paymentMethod: "PREPAID",
      subtotalPaise: 50_000,
      totalPaise: 50_000,
      status: "PACKED",
      items: {
        create: {
          productId: "p1",
          sku: "SKU-1",
          title: "Steel bottle",
          unitPricePaise: 50_000,
          qtyOrdered: 1,
          orderPlacedAt: new Date(),
        },
      },
    },
    select: { id: true, number: true },
  });
}

describe("bookShipment against the Shiprocket sandbox", () => {
  it("books 50 concurrent requests for one order exactly once and ships the order", async () => {
    const order = await packedOrder();
    const before = creates();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => bookShipment({ orderId: order.id, actor })),
    );
    expect(creates() - before).toBe(1);
    const booked = results.filter((r) => r.outcome === "BOOKED");
    expect(booked).toHaveLength(1);
    expect(
      results.every((r) => ["BOOKED", "IN_FLIGHT", "ALREADY_BOOKED"].includes(r.outcome)),
    ).toBe(true);
    const shipments = await db.shipment.findMany({ where: { orderId: order.id } });
    expect(shipments).toHaveLength(1);
    expect(shipments[0]).toMatchObject({
      status: "BOOKED",
      awb: booked[0]!.awb,
      idempotencyKey: `${order.id}:FORWARD:1`,
    });
    expect(shipments[0]!.choiceReason).toMatch(/^Cheapest of \d+ quotes?: Shiprocket test/);
    const after = await db.order.findUnique({ where: { id: order.id }, select: { status: true } });
    expect(after?.status).toBe("SHIPPED");
    const event = await db.outboxEvent.findFirst({
      where: { type: "OrderShipped", aggregateId: order.id },
    });
    expect(event?.payload).toMatchObject({
      awb: booked[0]!.awb,
      courier: "SHIPROCKET",
      trackingUrl: `/track/${booked[0]!.awb}`,
    });
    const again = await bookShipment({ orderId: order.id, actor });
    expect(again).toMatchObject({ outcome: "ALREADY_BOOKED", awb: booked[0]!.awb });
  });

  it("looks a lost booking up by reference before booking again", async () => {
    const order = await packedOrder();
    await fault({ prefix: `${API}/orders/create/adhoc`, status: 502, times: 1 });
    const start = seen.length;
    const result = await bookShipment({ orderId: order.id, actor });
    expect(result.outcome).toBe("BOOKED");
    const calls = seen
      .slice(start)
      .filter((s) => s.startsWith(`POST ${API}/orders/create`) || s === `GET ${API}/orders`);
    console.log("LOST", seen.slice(start), result);
    expect(calls).toEqual([
      `POST ${API}/orders/create/adhoc`,
      `GET ${API}/orders`,
      `POST ${API}/orders/create/adhoc`,
    ]);
  });

  it("fails a booking the courier refuses, with its reason, once, and opens an incident", async () => {
    const order = await packedOrder();
    await fault({
      prefix: `${API}/orders/create/adhoc`,
      status: 422,
      times: 1,
      body: {
        message: "Oops! Invalid Data.",
        errors: { shipping_pincode: ["Delivery pincode is not serviceable"] },
      },
    });
    const before = creates();
    const result = await bookShipment({ orderId: order.id, actor });
    console.log("REF", seen.slice(-8), result);
    expect(creates() - before).toBe(1);
    expect(result).toMatchObject({ outcome: "FAILED", retryable: false });
    expect(result.reason).toContain("Delivery pincode is not serviceable");
    const shipment = await db.shipment.findFirst({ where: { orderId: order.id } });
    expect(shipment).toMatchObject({ status: "FAILED", failureReason: result.reason });
    const flagged = await db.order.findUnique({
      where: { id: order.id },
      select: { shipmentFailed: true, status: true },
    });
    expect(flagged).toEqual({ shipmentFailed: true, status: "PACKED" });
    const incidents = await db.incident.findMany({ where: { orderId: order.id } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      category: "DELIVERY",
      severity: "HIGH",
      stage: "shipment-booking",
    });

    const retried = await bookShipment({ orderId: order.id, actor });
    expect(retried.outcome).toBe("BOOKED");
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(1);
    expect(
      await db.order.findUnique({ where: { id: order.id }, select: { shipmentFailed: true } }),
    ).toEqual({ shipmentFailed: false });
  });

  it("refuses to book an order that is not packed", async () => {
    const order = await packedOrder();
    await db.order.update({ where: { id: order.id }, data: { status: "PROCESSING" } });
    await expect(bookShipment({ orderId: order.id, actor })).rejects.toMatchObject({
      code: "ILLEGAL_TRANSITION",
    });
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
  });
});

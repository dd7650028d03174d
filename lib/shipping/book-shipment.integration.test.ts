import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";

// The real Shiprocket adapter against the sandbox over loopback HTTP. Every request the sandbox
// receives is recorded, so "reached the courier" is counted at the courier's end.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
const API = "/shiprocket/v1/external";
const creates = () => seen.filter((s) => s === `POST ${API}/orders/create/adhoc`).length;
const actor = { label: "test" };

const fault = (rule: object) => control(sandbox.url, "/_control/faults", rule);

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
});
afterAll(() => sandbox.stop());

describe("bookShipment against the Shiprocket sandbox", () => {
  it("books 50 concurrent requests for one order exactly once and ships the order", async () => {
    const order = await createPackedOrder();
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
    const order = await createPackedOrder();
    await fault({ prefix: `${API}/orders/create/adhoc`, status: 502, times: 1 });
    const start = seen.length;
    const result = await bookShipment({ orderId: order.id, actor });
    expect(result.outcome).toBe("BOOKED");
    const calls = seen
      .slice(start)
      .filter((s) => s.startsWith(`POST ${API}/orders/create`) || s === `GET ${API}/orders`);
    expect(calls).toEqual([
      `POST ${API}/orders/create/adhoc`,
      `GET ${API}/orders`,
      `POST ${API}/orders/create/adhoc`,
    ]);
  });

  it("fails a booking the courier refuses, with its reason, once, and opens an incident", async () => {
    const order = await createPackedOrder();
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
    const order = await createPackedOrder();
    await db.order.update({ where: { id: order.id }, data: { status: "PROCESSING" } });
    await expect(bookShipment({ orderId: order.id, actor })).rejects.toMatchObject({
      code: "ILLEGAL_TRANSITION",
    });
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
  });
});

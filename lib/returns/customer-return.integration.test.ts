import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/track/[awb]/return/route";
import { GET as page } from "@/app/(public)/track/[awb]/return/route";
import { db } from "@/lib/db";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { saveReturnWindowDays } from "./return-window";

// The customer's return through the public route handlers: the phone on the order is the proof
// (last 10 digits), a wrong one is told nothing, and only a right one saves a request.
const DAY = 24 * 60 * 60_000;

beforeAll(async () => {
  await setUpShiprocketBooking("http://127.0.0.1:9");
  await saveReturnWindowDays(7, "test");
});

async function deliveredParcel(daysAgo = 1) {
  const order = await createPackedOrder({ status: "DELIVERED", customerPhone: "+919123456780" });
  await db.order.update({
    where: { id: order.id },
    data: { deliveredAt: new Date(Date.now() - daysAgo * DAY) },
  });
  const account = await db.courierAccount.findFirstOrThrow({ select: { id: true } });
  const awb = `SRRET${order.number.replace(/\D/g, "")}`;
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: account.id,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb,
      status: "DELIVERED",
    },
  });
  const item = await db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
  return { orderId: order.id, awb, itemId: item.id };
}

async function ask(awb: string, body: unknown, ip = "203.0.113.7") {
  const req = new NextRequest(`http://localhost/api/track/${awb}/return`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": ip,
      origin: "http://localhost",
    },
    body: JSON.stringify(body),
  });
  const res = await POST(req, { params: Promise.resolve({ awb }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const body = (itemId: string, phone: string, quantity = 1) => ({
  items: [{ orderItemId: itemId, quantity }],
  reason: "SIZE_OR_FIT",
  phone,
});

describe("a customer's return from the tracking page", () => {
  it("is saved only with the order's phone, compared on its last 10 digits", async () => {
    const parcel = await deliveredParcel();
    const wrong = await ask(parcel.awb, body(parcel.itemId, "9000000000"));
    expect(wrong.status).toBe(404);
    expect(JSON.stringify(wrong.body)).not.toContain("9123456780");
    expect(await db.returnRequest.count({ where: { orderId: parcel.orderId } })).toBe(0);
    const right = await ask(parcel.awb, body(parcel.itemId, "09123 456780"));
    expect(right.status).toBe(200);
    const saved = await db.returnRequest.findFirstOrThrow({
      where: { orderId: parcel.orderId },
      select: { source: true, status: true, items: { select: { quantity: true } } },
    });
    expect(saved).toEqual({ source: "CUSTOMER", status: "REQUESTED", items: [{ quantity: 1 }] });
  });

  it("gets a sentence and saves nothing outside the window or over the quantity", async () => {
    const late = await deliveredParcel(8);
    const closed = await ask(late.awb, body(late.itemId, "9123456780"), "203.0.113.8");
    expect(closed.status).toBe(409);
    expect(closed.body.detail).toMatch(/return window .* has closed/);
    const parcel = await deliveredParcel();
    const over = await ask(parcel.awb, body(parcel.itemId, "9123456780", 3), "203.0.113.8");
    expect(over.status).toBe(422);
    expect(
      await db.returnRequest.count({ where: { orderId: { in: [late.orderId, parcel.orderId] } } }),
    ).toBe(0);
  });

  it("shows the form with the order's lines, and the reason when none may be asked", async () => {
    const parcel = await deliveredParcel();
    const view = async (awb: string) => {
      const req = new NextRequest(`http://localhost/track/${awb}/return`);
      const res = await page(req, { params: Promise.resolve({ awb }) });
      return { status: res.status, text: await res.text() };
    };
    const open = await view(parcel.awb);
    expect(open.status).toBe(200);
    expect(open.text).toContain(`data-item="${parcel.itemId}"`);
    expect(open.text).toContain('src="/track-return.js"');
    const late = await deliveredParcel(9);
    expect((await view(late.awb)).text).toContain("window has closed");
  });
});

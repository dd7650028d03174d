import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleShipment } from "@/lib/couriers/contract";
import type { Courier } from "@/lib/couriers/courier";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { encryptJson } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import { createSandbox } from "@/sandbox/server";
import { cancelOrder } from "./cancel-order";
import { createFixtureOrder, createFixtureUser, setFulfilmentFlag } from "./order-fixtures";

// Cancelling an order whose parcel is booked goes to the courier first, over real HTTP to the
// sandbox's Delhivery; a refusal leaves the order exactly as it was.
const { server } = createSandbox();
let origin = "";
let accountId = "";
let courier: Courier;
let user: { id: string };
const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };

async function packedOrderWithBooking() {
  const booked = await courier.createShipment(sampleShipment(pincodes));
  const order = await createFixtureOrder({ status: "PACKED" });
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: accountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: booked.awb,
      status: "BOOKED",
    },
  });
  return { order, awb: booked.awb };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const account = await db.courierAccount.create({
    data: {
      courier: "DELHIVERY",
      name: "cancel-test",
      baseUrl: `${origin}/delhivery`,
      credentialsEncrypted: encryptJson({ token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" }),
      pickupPincode: pincodes.pickup,
      pickupLocationName: "Primary",
    },
    select: { id: true },
  });
  accountId = account.id;
  courier = await getCourierForAccount(accountId);
  user = await createFixtureUser();
  await setFulfilmentFlag(true);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("cancelling an order with a live shipment", () => {
  it("cancels the shipment with the courier, then the order", async () => {
    const { order, awb } = await packedOrderWithBooking();
    const result = await cancelOrder({
      orderId: order.id,
      reason: "Customer changed their mind",
      expectedVersion: order.version,
      actor: { userId: user.id, label: "user" },
    });
    expect(result).toMatchObject({ to: "CANCELLED", cancelledAwb: awb });
    expect((await courier.track(awb)).status).toBe("CANCELLED");
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { awb },
      select: { status: true },
    });
    expect(shipment.status).toBe("CANCELLED");
  });

  it("keeps the order when the courier refuses, and says why", async () => {
    const { order, awb } = await packedOrderWithBooking();
    const advance = await fetch(`${origin}/_control/delhivery/advance`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ awb, to: "delivered" }),
    });
    expect(advance.ok).toBe(true);
    await expect(
      cancelOrder({
        orderId: order.id,
        reason: "Too late",
        expectedVersion: order.version,
        actor: { userId: user.id, label: "user" },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        new RegExp(`${awb}.*not allowed.*The order was not cancelled`),
      ),
    });
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, version: true, shipments: { select: { status: true } } },
    });
    expect(after).toEqual({
      status: "PACKED",
      version: order.version,
      shipments: [{ status: "BOOKED" }],
    });
    expect(await db.orderStatusHistory.count({ where: { orderId: order.id } })).toBe(0);
  });
});

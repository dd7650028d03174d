import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import { updateOrderAddress } from "@/lib/orders/update-order-address";
import { expireBookingClaims, stoppedBooker } from "@/lib/testing/booking-stage";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { claimShipment } from "./claim-shipment";

// Ops correct an address while the courier may hold a booking made with the old one. The real
// Shiprocket adapter books at the sandbox, which counts what it got and is asked what it holds.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let shiprocketId = "";
const SR = "/shiprocket/v1/external";
const count = (request: string) => seen.filter((s) => s === request).length;
const actor = { label: "test" };
const corrected = {
  customerName: "Asha Rao",
  customerPhone: "+919845012345",
  addressLine1: "9 Residency Road",
  addressLine2: "",
  landmark: "",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560025",
};
const edit = (order: { id: string; version: number }) =>
  updateOrderAddress({
    orderId: order.id,
    address: { ...corrected, expectedVersion: order.version },
    actor,
  });
const cityOf = async (orderId: string) =>
  (await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { city: true } })).city;

/** The phone on the live Shiprocket order booked under `reference`, as Shiprocket lists it. */
async function phoneAtShiprocket(reference: string): Promise<string | null> {
  const login = await fetch(`${sandbox.url}${SR}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "api@packline.local", password: "x" }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${sandbox.url}${SR}/orders?search=${encodeURIComponent(reference)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { data } = (await res.json()) as {
    data: { channel_order_id: string; customer_phone: string; status: string }[];
  };
  const live = data.find((o) => o.channel_order_id === reference && !/^CANCEL/i.test(o.status));
  return live?.customer_phone ?? null;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
  shiprocketId = (await db.courierAccount.findFirstOrThrow({ select: { id: true } })).id;
  await setFulfilmentFlag(true);
});
afterAll(() => sandbox.stop());

describe("correcting the address of an order being booked", () => {
  it("is refused with a sentence while a booking is claimed, even one whose lease ran out", async () => {
    const order = await createPackedOrder();
    const claim = await claimShipment(order.id, "FORWARD");
    if (claim.kind !== "claimed") throw new Error("not claimed");
    const refused = {
      code: "CONFLICT",
      message: expect.stringMatching(/being booked with the courier right now.*cannot change/),
    };
    await expect(edit(order)).rejects.toMatchObject(refused);
    await expireBookingClaims(order.id);
    await expect(edit(order)).rejects.toMatchObject(refused);
    expect(await cityOf(order.id)).toBe("Mumbai");

    // The courier refused the booking: it holds nothing, so the address may change freely.
    await db.shipment.update({
      where: { id: claim.shipment.id },
      data: { status: "FAILED", failureKind: "REFUSED" },
    });
    expect(await edit(order)).toEqual({ version: order.version + 1 });
    expect(
      await db.shipment.findUniqueOrThrow({
        where: { id: claim.shipment.id },
        select: { staleReference: true },
      }),
    ).toEqual({ staleReference: null });
  });

  it("after a lost answer, cancels the courier's booking with the old address and books afresh", async () => {
    const order = await createPackedOrder();
    // Shiprocket booked the parcel with the Mumbai address; its answer never reached Packline.
    const old = await stoppedBooker(order.id, shiprocketId);
    await db.shipment.update({
      where: { id: old.shipmentId },
      data: { status: "FAILED", failureKind: "OUTCOME_UNKNOWN", failureReason: "timed out" },
    });

    expect(await edit(order)).toEqual({ version: order.version + 1 });
    const before = {
      created: count(`POST ${SR}/orders/create/adhoc`),
      cancelled: count(`POST ${SR}/orders/cancel`),
    };
    const rebooked = await bookShipment({ orderId: order.id, actor });

    expect(rebooked.outcome).toBe("BOOKED");
    expect(rebooked.awb).not.toBe(old.awb);
    expect(count(`POST ${SR}/orders/cancel`) - before.cancelled).toBe(1);
    expect(count(`POST ${SR}/orders/create/adhoc`) - before.created).toBe(1);
    const shiprocket = await getCourierForAccount(shiprocketId);
    expect((await shiprocket.track(old.awb!)).current?.status).toBe("CANCELLED");
    const fresh = `${old.reference}-2`;
    expect(await phoneAtShiprocket(fresh)).toBe("9845012345");
    expect(await phoneAtShiprocket(old.reference)).toBeNull();
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: old.shipmentId },
      select: { status: true, awb: true, bookingReference: true, staleReference: true },
    });
    expect(shipment).toEqual({
      status: "BOOKED",
      awb: rebooked.awb,
      bookingReference: fresh,
      staleReference: null,
    });
  });
});

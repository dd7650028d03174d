import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  startEkartSandboxSession,
  type EkartSandboxSession,
} from "@/lib/testing/ekart-sandbox-session";
import { sampleShape, shapeProblems } from "@/lib/testing/json-shape";
import { moveEkartParcels } from "@/sandbox/couriers/ekart/clock";
import type { EkartCreateAck } from "./read";
import { readCreated } from "./read";
import * as doc from "./fixtures/documented-samples";
import { parseEkartWebhook } from "./webhook";

// What the sandbox Ekart pushes: every body in the shape of Ekart's published sample, signed so
// the adapter verifies it, and the re-creation journey (shipment_recreated, then pushes under the
// new tracking id) whose link to the booking is the order reference Packline recorded.

let ekart: EkartSandboxSession;
beforeAll(async () => {
  ekart = await startEkartSandboxSession();
});
afterAll(() => ekart?.stop());
beforeEach(() => {
  ekart.pushes.length = 0;
});

const bodies = () => ekart.pushes.map((p) => JSON.parse(p.rawBody) as Record<string, unknown>);
const updates = () =>
  ekart.pushes.flatMap((p) => parseEkartWebhook(p, ekart.secret) ?? []).map((e) => e.update);
const isShipmentPush = (body: Record<string, unknown>) => "channelId" in body;

async function booked(dropPincode?: string) {
  const { body, trackingId } = await ekart.book(dropPincode);
  return { awb: trackingId, booking: readCreated(body as EkartCreateAck) };
}

describe("the sandbox Ekart's pushes", () => {
  it("a booking is announced (shipment_created) and scanned (track_updated), as published", async () => {
    const { awb, booking } = await booked();
    await ekart.control("/_control/advance", { awb, to: "IN_TRANSIT" });
    const [created, ...scans] = bodies();
    expect(shapeProblems(created, sampleShape(doc.shipmentCreatedPush))).toEqual([]);
    expect(scans.map((s) => s.status)).toEqual([
      "Order Placed",
      "Pickup Scheduled",
      "Picked Up",
      "In Transit",
    ]);
    for (const scan of scans)
      expect(shapeProblems(scan, sampleShape(doc.trackUpdatedPush))).toEqual([]);
    expect(updates().map((u) => [u.awb, u.current?.status ?? null, u.courierOrderRef])).toEqual([
      [awb, null, booking.courierOrderRef],
      [awb, "BOOKED", booking.courierOrderRef],
      [awb, "PICKUP_SCHEDULED", booking.courierOrderRef],
      [awb, "PICKED_UP", booking.courierOrderRef],
      [awb, "IN_TRANSIT", booking.courierOrderRef],
    ]);
    // the promise appears once the parcel is picked up, and does not move after
    const promised = updates().map((u) => u.expectedDeliveryAt?.getTime() ?? null);
    expect(promised.slice(0, 3)).toEqual([null, null, null]);
    expect(promised[3]).not.toBeNull();
    expect(promised[4]).toBe(promised[3]);
    // the sandbox's log of deliveries records what the receiver answered
    const log = (await ekart.call("GET", "/_control/deliveries")).body as { status: number }[];
    expect(log.slice(-ekart.pushes.length).map((d) => d.status)).toEqual(
      ekart.pushes.map(() => 200),
    );
  });

  it('counts failed attempts in track_updated, as the published Delivered push\'s "0"', async () => {
    const { awb } = await booked();
    await ekart.control("/_control/advance", { awb, to: "NDR" });
    await ekart.control("/_control/advance", { awb, to: "DELIVERED" });
    const last = updates().at(-1)!;
    expect(last).toMatchObject({ current: { status: "DELIVERED" }, deliveryAttempts: 1 });
  });
});

describe("re-creation: the same order under a new tracking id", () => {
  it("on request: shipment_recreated, then every push under the new id", async () => {
    const { awb, booking } = await booked();
    await ekart.control("/_control/advance", { awb, to: "IN_TRANSIT" });
    ekart.pushes.length = 0;
    const answer = (await ekart.control("/_control/recreate", { awb })) as { trackingId: string };
    const recreatedAs = answer.trackingId;
    await ekart.control("/_control/advance", { awb: recreatedAs, to: "DELIVERED" });

    const [oldLast, recreated, ...after] = bodies();
    expect(oldLast).toMatchObject({ id: awb, status: "Shipment Delayed" });
    expect(shapeProblems(recreated, sampleShape(doc.shipmentRecreatedPush))).toEqual([]);
    expect(recreated).toMatchObject({ id: recreatedAs, wbn: booking.courierShipmentRef });
    expect(after.every((b) => b.id === recreatedAs && !isShipmentPush(b))).toBe(true);
    expect(after.map((b) => b.status).at(-1)).toBe("Delivered");

    const [, link] = updates();
    // what Packline recorded at booking is what the re-creation names: that is the link
    expect(link).toMatchObject({ awb: recreatedAs, current: null });
    expect(link!.courierOrderRef).toBe(booking.courierOrderRef);

    const old = await ekart.call("GET", `/api/v1/track/${awb}`);
    expect(old.body).toMatchObject({ track: { status: "Shipment Delayed" } });
    const again = await ekart.call("POST", "/_control/recreate", { awb });
    expect(again.status).toBe(409);
  });

  it("by itself: a parcel to a misrouted pincode is re-created once in transit", async () => {
    const { awb, booking } = await booked("781005");
    for (let tick = 0; tick < 5; tick++) await moveEkartParcels();
    const mine = updates().filter((u) => u.courierOrderRef === booking.courierOrderRef);
    const shipments = mine.filter((u) => u.current === null).map((u) => u.awb);
    expect(shipments).toHaveLength(2);
    expect(shipments[0]).toBe(awb);
    const [, recreatedAs] = shipments;
    expect(mine.at(-1)).toMatchObject({
      awb: recreatedAs,
      current: { status: "PICKUP_SCHEDULED" },
    });
  });
});

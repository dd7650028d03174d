import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BookedShipment } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { claimShipment } from "./claim-shipment";
import { recordBooked, recordFailed } from "./record-booking";

// A booking job whose worker died mid-booking left its claim PENDING. Its next run (the same
// job id, retried by the reaper) takes the claim over at once; anything the cut-short run still
// writes afterwards is refused. Requests are counted at the sandbox courier's end.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
const API = "/shiprocket/v1/external";
const count = (request: string) => seen.filter((s) => s === request).length;
const actor = { label: "test" };

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  await setUpShiprocketBooking(sandbox.url);
});
afterAll(() => sandbox.stop());

const booked = (awb: string): BookedShipment => ({
  awb,
  courierOrderRef: null,
  courierShipmentRef: null,
  serviceName: null,
  chargePaise: null,
  labelUrl: null,
  expectedDeliveryAt: null,
  raw: {},
});

describe("a booking job run again after its worker died", () => {
  it("takes over the claim its cut-short run left, looks the booking up first, books once", async () => {
    const order = await createPackedOrder();
    const cutShort = await claimShipment(order.id, "FORWARD", { jobId: "job-1" });
    expect(cutShort.kind).toBe("claimed");
    const creates = count(`POST ${API}/orders/create/adhoc`);

    // Another booking of the order (a different job) still waits out the lease.
    const other = await bookShipment({ orderId: order.id, actor, jobId: "job-2" });
    expect(other.outcome).toBe("IN_FLIGHT");
    expect(count(`POST ${API}/orders/create/adhoc`)).toBe(creates);

    const lookups = count(`GET ${API}/orders`);
    const rerun = await bookShipment({ orderId: order.id, actor, jobId: "job-1" });

    expect(rerun.outcome).toBe("BOOKED");
    expect(count(`GET ${API}/orders`)).toBe(lookups + 1);
    expect(count(`POST ${API}/orders/create/adhoc`)).toBe(creates + 1);
    const shipments = await db.shipment.findMany({
      where: { orderId: order.id },
      select: { status: true, awb: true, attempts: true, bookingJobId: true },
    });
    expect(shipments).toEqual([
      { status: "BOOKED", awb: rerun.awb, attempts: 2, bookingJobId: "job-1" },
    ]);
  });

  it("refuses what a run that was taken over still writes, and says which AWB it holds", async () => {
    const order = await createPackedOrder();
    const first = await claimShipment(order.id, "FORWARD", { jobId: "job-3" });
    const second = await claimShipment(order.id, "FORWARD", { jobId: "job-3" });
    if (first.kind !== "claimed" || second.kind !== "claimed") throw new Error("not claimed");
    const base = { shipmentId: first.shipment.id, orderId: order.id, actor };
    const account = await db.courierAccount.findFirstOrThrow({ select: { id: true } });
    const record = (attempts: number, awb: string) =>
      recordBooked({
        ...base,
        claimedAttempts: attempts,
        direction: "FORWARD",
        courier: "SHIPROCKET",
        courierAccountId: account.id,
        booked: booked(awb),
      });

    expect(await record(second.shipment.attempts, "AWB-NEW")).toEqual({ outcome: "recorded" });
    expect(await record(first.shipment.attempts, "AWB-LATE")).toEqual({
      outcome: "superseded",
      orderNumber: order.number,
      recordedAwb: "AWB-NEW",
    });
    await recordFailed({
      ...base,
      claimedAttempts: first.shipment.attempts,
      error: new Error("timed out"),
      failure: { reason: "timed out", retryable: true, kind: "OUTCOME_UNKNOWN" },
      firstFailure: true,
    });

    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: first.shipment.id },
      select: { status: true, awb: true },
    });
    expect(shipment).toEqual({ status: "BOOKED", awb: "AWB-NEW" });
    const orderNow = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipmentFailed: true },
    });
    expect(orderNow).toEqual({ status: "SHIPPED", shipmentFailed: false });
    // AWB-LATE is kept on the shipment as a late AWB: cancelling it at the courier is the
    // booking's last step (booking-in-flight test).
    expect(
      await db.lateAwb.findMany({
        where: { shipmentId: first.shipment.id },
        select: { awb: true },
      }),
    ).toEqual([{ awb: "AWB-LATE" }]);
    expect(await db.incident.count({ where: { orderId: order.id } })).toBe(0);
    expect(
      await db.outboxEvent.count({ where: { aggregateId: order.id, type: "OrderShipped" } }),
    ).toBe(1);
  });
});

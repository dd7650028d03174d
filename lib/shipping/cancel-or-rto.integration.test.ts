import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import {
  createOrderWithBooking,
  createSandboxCourierAccount,
} from "@/lib/testing/courier-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { cancelLiveShipment } from "./cancel-live-shipment";
import { requestRto } from "./request-rto";

// Cancellation by courier state against the sandbox couriers: before pickup the courier cancels;
// after pickup Packline refuses to cancel and asks the courier for a return to origin instead,
// recording the courier's answer whichever it is.
let sandbox: RunningSandbox;
const accounts: Partial<Record<CourierCode, string>> = {};
let ops: { id: string; name: string };

beforeAll(async () => {
  sandbox = await startSandbox();
  for (const courier of ["DELHIVERY", "SHIPROCKET"] as const)
    accounts[courier] = (
      await createSandboxCourierAccount(sandbox.url, courier, { name: `${courier} rto` })
    ).id;
  ops = await createUser("OPS");
});
afterAll(() => sandbox.stop());

const shipped = (courier: CourierCode) =>
  createOrderWithBooking({ courierAccountId: accounts[courier]!, status: "SHIPPED" });
const calls = (what: string) => sandbox.requests.filter((r) => r === what).length;

/** The courier has the parcel, and tracking has told Packline so. */
async function pickedUp(awb: string, advance: () => Promise<unknown>) {
  await advance();
  await db.shipment.update({ where: { awb }, data: { status: "IN_TRANSIT" } });
}

describe("cancelling by the courier's state", () => {
  it("cancels with the courier before pickup", async () => {
    const { order, awb } = await shipped("DELHIVERY");
    const before = calls("POST /delhivery/api/p/edit");
    expect(await cancelLiveShipment(order.id, { label: "test" })).toMatchObject({ awb });
    expect(calls("POST /delhivery/api/p/edit") - before).toBe(1);
    expect(
      await db.shipment.findUniqueOrThrow({ where: { awb }, select: { status: true } }),
    ).toEqual({ status: "CANCELLED" });
  });

  it("refuses to cancel after pickup, and asks Delhivery for RTO, which it accepts", async () => {
    const { order, awb } = await shipped("DELHIVERY");
    await pickedUp(awb, () =>
      control(sandbox.url, "/_control/delhivery/advance", { awb, to: "in-transit" }),
    );
    const before = calls("POST /delhivery/api/p/edit");
    await expect(cancelLiveShipment(order.id, { label: "test" })).rejects.toThrow(/RTO/);
    expect(calls("POST /delhivery/api/p/edit")).toBe(before);
    const answer = await requestRto({
      orderId: order.id,
      remarks: "Customer refused",
      caller: ops,
    });
    expect(answer).toMatchObject({ kind: "RTO", status: "ACCEPTED" });
    expect(calls("POST /delhivery/api/p/edit") - before).toBe(1);
    // A second click is refused without asking the courier again.
    await expect(requestRto({ orderId: order.id, caller: ops })).rejects.toThrow(
      /already accepted/,
    );
    expect(calls("POST /delhivery/api/p/edit") - before).toBe(1);
    const recorded = await db.ndrAction.findMany({
      where: { shipment: { awb } },
      select: { kind: true, status: true },
    });
    expect(recorded).toEqual([{ kind: "RTO", status: "ACCEPTED" }]);
  });

  it("records Shiprocket's refusal of an RTO for a parcel not in NDR, in its words", async () => {
    const { order, awb } = await shipped("SHIPROCKET");
    await pickedUp(awb, () =>
      control(sandbox.url, "/_control/shiprocket/advance", { awb, to: 18 }),
    );
    await expect(requestRto({ orderId: order.id, caller: ops })).rejects.toThrow(
      /undelivered shipment/,
    );
    const recorded = await db.ndrAction.findFirstOrThrow({
      where: { shipment: { awb } },
      select: { kind: true, status: true, payload: true },
    });
    expect(recorded).toMatchObject({ kind: "RTO", status: "FAILED" });
    expect(JSON.stringify(recorded.payload)).toMatch(/undelivered shipment/);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SHIPPED");
  });
});

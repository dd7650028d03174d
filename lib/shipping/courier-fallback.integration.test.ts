import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import {
  createPackedOrder,
  createSandboxCourierAccount,
  setUpShiprocketBooking,
} from "@/lib/testing/courier-fixtures";
import { expireBookingClaims, until } from "@/lib/testing/booking-stage";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import type { CarrierRuleAction } from "@/lib/validation/carrier-rules";
import { bookShipment } from "./book-shipment";
import { saveCarrierRules } from "./rates/save-carrier-rules";
import { getCarrierRules } from "./rates/get-carrier-rules";

// Fallback to the next courier, with the real Shiprocket and Delhivery adapters against the
// sandbox over loopback HTTP. The sandbox records every request, so "booked at a courier" is
// counted at the courier's end, and each courier is asked afterwards what it holds.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let seen: string[] = [];
let shiprocketId = "";
let delhiveryId = "";
const SR_ASSIGN = "POST /shiprocket/v1/external/courier/assign/awb";
const DL_CREATE = "POST /delhivery/api/cmu/create.json";
const count = (request: string) => seen.filter((s) => s === request).length;
const actor = { label: "test" };
const refuse = (rule: object) => control(sandbox.url, "/_control/refusals", rule);

async function ruleTries(...accountIds: string[]) {
  const otherwise: CarrierRuleAction = { kind: "PREFER", accountIds };
  const { basedOn } = await getCarrierRules();
  await saveCarrierRules({ rules: [], otherwise, basedOn }, "admin");
}

/** The AWB each courier holds under the booking's reference, asked at the courier. */
async function heldAt(reference: string) {
  const at = async (id: string) =>
    (await (await getCourierForAccount(id)).findShipmentByReference(reference))?.awb ?? null;
  return { shiprocket: await at(shiprocketId), delhivery: await at(delhiveryId) };
}

const attemptsOf = (shipmentId: string) =>
  db.bookingAttempt.findMany({
    where: { shipmentId },
    orderBy: { at: "asc" },
    select: { outcome: true, reason: true, courierAccountId: true, run: true },
  });

beforeAll(async () => {
  sandbox = await startSandbox();
  seen = sandbox.requests;
  shiprocketId = (await setUpShiprocketBooking(sandbox.url)).account.id;
  delhiveryId = (
    await createSandboxCourierAccount(sandbox.url, "DELHIVERY", {
      name: "Delhivery test",
      pickupPincode: "560001",
    })
  ).id;
  await setFulfilmentFlag(true);
});
beforeEach(async () => {
  await control(sandbox.url, "/_control/refusals", undefined, "DELETE");
  await control(sandbox.url, "/_control/faults", undefined, "DELETE");
});
afterAll(() => sandbox.stop());

describe("booking falls back to the next courier by the same rule", () => {
  it("ends with one AWB at the second courier when the first refuses the pincode", async () => {
    await ruleTries(shiprocketId, delhiveryId);
    const order = await createPackedOrder();
    await db.order.update({ where: { id: order.id }, data: { pincode: "400070" } });
    await refuse({ courier: "shiprocket", pincode: "400070" });
    const before = { sr: count(SR_ASSIGN), dl: count(DL_CREATE) };

    const result = await bookShipment({ orderId: order.id, actor });

    expect(result).toMatchObject({ outcome: "BOOKED", courier: "DELHIVERY" });
    expect(count(SR_ASSIGN) - before.sr).toBe(1);
    expect(count(DL_CREATE) - before.dl).toBe(1);
    expect(await heldAt(`${order.number}-F1`)).toEqual({
      shiprocket: null,
      delhivery: result.awb,
    });
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: result.shipmentId },
      select: { awb: true, courierAccountId: true, choiceReason: true, status: true },
    });
    expect(shipment).toMatchObject({
      status: "BOOKED",
      awb: result.awb,
      courierAccountId: delhiveryId,
      choiceReason: expect.stringMatching(
        /^Fell back to Delhivery test after Shiprocket test refused the booking\. Delhivery test: (no finished parcels in zone 40 yet|on time .+)\.$/,
      ),
    });
    expect(await attemptsOf(result.shipmentId)).toEqual([
      {
        outcome: "REFUSED",
        courierAccountId: shiprocketId,
        run: 1,
        reason: "Pincode 400070 is not serviceable",
      },
      { outcome: "BOOKED", courierAccountId: delhiveryId, run: 1, reason: `AWB ${result.awb}` },
    ]);
  });

  it("passes over, before any call, a courier the pickup location is not registered with", async () => {
    await ruleTries(shiprocketId, delhiveryId);
    const order = await createPackedOrder();
    const registration = await db.pickupLocationRegistration.findFirstOrThrow({
      where: { courierAccountId: shiprocketId, status: "REGISTERED" },
      select: { id: true },
    });
    const setStatus = (status: "PENDING" | "REGISTERED") =>
      db.pickupLocationRegistration.update({ where: { id: registration.id }, data: { status } });
    await setStatus("PENDING");
    const before = { sr: count(SR_ASSIGN), dl: count(DL_CREATE) };
    try {
      const result = await bookShipment({ orderId: order.id, actor });

      expect(result).toMatchObject({ outcome: "BOOKED", courier: "DELHIVERY" });
      expect(count(SR_ASSIGN) - before.sr).toBe(0);
      expect(count(DL_CREATE) - before.dl).toBe(1);
      const shipment = await db.shipment.findUniqueOrThrow({
        where: { id: result.shipmentId },
        select: { courierAccountId: true, choiceReason: true },
      });
      expect(shipment.courierAccountId).toBe(delhiveryId);
      expect(shipment.choiceReason).toMatch(
        /^Fell back to Delhivery test after Shiprocket test refused the booking\. /,
      );
      expect(await attemptsOf(result.shipmentId)).toEqual([
        {
          outcome: "REFUSED",
          courierAccountId: shiprocketId,
          run: 1,
          reason: expect.stringMatching(/still waiting for its registration to be answered/),
        },
        { outcome: "BOOKED", courierAccountId: delhiveryId, run: 1, reason: `AWB ${result.awb}` },
      ]);
    } finally {
      await setStatus("REGISTERED");
    }
  });

  it("stays with a courier that timed out: the booking may exist there, so nothing is booked elsewhere", async () => {
    await ruleTries(delhiveryId, shiprocketId);
    const order = await createPackedOrder();
    await control(sandbox.url, "/_control/faults", {
      prefix: "/delhivery/api/cmu/create.json",
      hang: true,
      times: 2,
    });
    const before = { sr: count(SR_ASSIGN), dl: count(DL_CREATE) };

    const result = await bookShipment({ orderId: order.id, actor });

    expect(result).toMatchObject({ outcome: "FAILED", failureKind: "OUTCOME_UNKNOWN" });
    expect(result.reason).toMatch(/did not answer/);
    expect(count(SR_ASSIGN) - before.sr).toBe(0);
    expect(count(DL_CREATE) - before.dl).toBe(2);
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: result.shipmentId },
      select: { courierAccountId: true, status: true },
    });
    expect(shipment).toEqual({ courierAccountId: delhiveryId, status: "FAILED" });
    expect((await attemptsOf(result.shipmentId)).map((a) => a.outcome)).toEqual(["UNKNOWN"]);

    // The retry asks Delhivery first and books there, still never at Shiprocket.
    const retried = await bookShipment({ orderId: order.id, actor });
    expect(retried).toMatchObject({ outcome: "BOOKED", courier: "DELHIVERY" });
    expect(count(SR_ASSIGN) - before.sr).toBe(0);
    expect(await heldAt(`${order.number}-F1`)).toEqual({
      shiprocket: null,
      delhivery: retried.awb,
    });
  }, 60_000);

  it("does not fall back on a refusal that follows a lost answer: the first courier may hold it", async () => {
    await ruleTries(delhiveryId, shiprocketId);
    const order = await createPackedOrder();
    const reference = `${order.number}-F1`;
    // The first create's answer is lost; the look-up finds nothing yet; the second create is
    // refused as a duplicate, as Delhivery answers while it is still indexing the first.
    const prefix = "/delhivery/api/cmu/create.json";
    await control(sandbox.url, "/_control/faults", { prefix, status: 502, times: 1 });
    await control(sandbox.url, "/_control/faults", {
      prefix,
      status: 200,
      times: 1,
      body: {
        success: false,
        rmk: "Duplicate order id",
        packages: [
          { status: "Fail", waybill: "", refnum: reference, remarks: ["Duplicate order id"] },
        ],
      },
    });
    const before = { sr: count(SR_ASSIGN), dl: count(DL_CREATE) };

    const result = await bookShipment({ orderId: order.id, actor });

    expect(result).toMatchObject({ outcome: "FAILED", failureKind: "OUTCOME_UNKNOWN" });
    expect(result.reason).toMatch(/Delhivery may still hold this booking/);
    expect(count(DL_CREATE) - before.dl).toBe(2);
    expect(count(SR_ASSIGN) - before.sr).toBe(0);
    expect(await attemptsOf(result.shipmentId)).toEqual([
      expect.objectContaining({ outcome: "UNKNOWN", courierAccountId: delhiveryId }),
    ]);
  });

  it("fails with every courier's reason when all of them refuse", async () => {
    await ruleTries(shiprocketId, delhiveryId);
    const order = await createPackedOrder();
    const reference = `${order.number}-F1`;
    await refuse({ courier: "shiprocket", reference });
    await refuse({ courier: "delhivery", reference, reason: "Consignee address is blacklisted" });

    const result = await bookShipment({ orderId: order.id, actor });

    expect(result).toMatchObject({ outcome: "FAILED", failureKind: "REFUSED", awb: null });
    expect(result.reason).toBe(
      "No courier took this parcel. Shiprocket test: Pincode 400001 is not serviceable. Delhivery test: Consignee address is blacklisted.",
    );
    expect(await heldAt(reference)).toEqual({ shiprocket: null, delhivery: null });
    const attempts = await attemptsOf(result.shipmentId);
    expect(attempts.map((a) => [a.courierAccountId, a.outcome])).toEqual([
      [shiprocketId, "REFUSED"],
      [delhiveryId, "REFUSED"],
    ]);
    const failed = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true, shipmentFailed: true },
    });
    expect(failed).toEqual({ status: "PACKED", shipmentFailed: true });
  });

  it("gives one AWB to two booking runs of one order while the first courier refuses", async () => {
    await ruleTries(shiprocketId, delhiveryId);
    const order = await createPackedOrder();
    await refuse({ courier: "shiprocket", reference: `${order.number}-F1` });
    const before = count(DL_CREATE);

    const results = await Promise.all([
      bookShipment({ orderId: order.id, actor }),
      bookShipment({ orderId: order.id, actor, jobId: "bulk-item" }),
    ]);

    expect(results.map((r) => r.outcome).sort()).toEqual(["BOOKED", "IN_FLIGHT"]);
    expect(count(DL_CREATE) - before).toBe(1);
    const shipments = await db.shipment.findMany({
      where: { orderId: order.id },
      select: { awb: true, status: true },
    });
    expect(shipments).toEqual([{ awb: results.find((r) => r.awb)!.awb, status: "BOOKED" }]);
    expect(await db.lateAwb.count({ where: { shipment: { orderId: order.id } } })).toBe(0);
  });

  it("does not fall back in a run that took an in-flight booking over: the first run's call may have booked", async () => {
    await ruleTries(shiprocketId, delhiveryId);
    const order = await createPackedOrder();
    const reference = `${order.number}-F1`;
    await refuse({ courier: "shiprocket", reference });
    // The first run's refusal is held at Shiprocket's door while its claim expires.
    await control(sandbox.url, "/_control/faults", {
      prefix: "/shiprocket/v1/external/courier/assign/awb",
      latencyMs: 1_000,
      times: 1,
    });
    const before = { assign: count(SR_ASSIGN), dl: count(DL_CREATE) };
    const first = bookShipment({ orderId: order.id, actor, jobId: "slow-job" });
    await until("the first run asked Shiprocket", () => count(SR_ASSIGN) > before.assign);
    await expireBookingClaims(order.id);

    // The run taking over asks Shiprocket first (the first run's call may have booked there),
    // finds nothing and is refused: a refusal after a call whose outcome it cannot know proves
    // nothing (a courier slow to index a booking answers "duplicate"), so it books nowhere else.
    const takeover = await bookShipment({ orderId: order.id, actor });
    const replaced = await first;

    expect(takeover).toMatchObject({ outcome: "FAILED", failureKind: "OUTCOME_UNKNOWN" });
    expect(takeover.reason).toMatch(/Shiprocket may still hold this booking/);
    expect(replaced.awb).toBeNull();
    expect(count(DL_CREATE) - before.dl).toBe(0);
    expect(await heldAt(reference)).toEqual({ shiprocket: null, delhivery: null });
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: takeover.shipmentId },
      select: { status: true, awb: true, courierAccountId: true, attempts: true },
    });
    expect(shipment).toEqual({
      status: "FAILED",
      awb: null,
      courierAccountId: shiprocketId,
      attempts: 2,
    });
    // Only the run holding the claim logged its attempt.
    expect((await attemptsOf(takeover.shipmentId)).map((a) => [a.run, a.outcome])).toEqual([
      [2, "UNKNOWN"],
    ]);
  });
});

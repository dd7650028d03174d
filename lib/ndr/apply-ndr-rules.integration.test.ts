import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startNdrSandbox } from "@/lib/testing/ndr-sandbox";
import { addDays, istToday } from "@/lib/shipping/check-ndr-request";
import { applyNdrRules } from "./apply-ndr-rules";
import { buyerNdrLinkPath } from "./buyer-link";
import { getNdrQueue } from "./get-ndr-queue";
import { submitBuyerFix } from "./submit-buyer-fix";

// Failed deliveries nobody answered follow the admin's rules, once per failed attempt however
// often (or however concurrently) the job runs; counted at the sandbox courier.
let sandbox: Awaited<ReturnType<typeof startNdrSandbox>>;
beforeAll(async () => {
  sandbox = await startNdrSandbox("Shiprocket NDR rules");
  await db.ndrRule.createMany({
    data: [
      // prepaid: re-attempt once, return after the second failed attempt
      { paymentMethod: null, waitHours: 24, maxAttempts: 2 },
      // cash on delivery: return after the first failed attempt
      { paymentMethod: "COD", waitHours: 12, maxAttempts: 1 },
    ],
  });
});
afterAll(() => sandbox.stop());

const HOUR = 3_600_000;
const failedAt = async (shipmentId: string) =>
  (await db.shipment.findUniqueOrThrow({ where: { id: shipmentId }, select: { statusAt: true } }))
    .statusAt!;
const stepsOf = (shipmentId: string) =>
  db.ndrRuleStep.findMany({ where: { shipmentId }, select: { kind: true, outcome: true } });

describe("applyNdrRules", () => {
  it("re-attempts an unanswered prepaid parcel once, and returns a COD parcel, under repeated runs", async () => {
    const prepaid = await sandbox.ndrShipment();
    const cod = await sandbox.ndrShipment({ paymentMethod: "COD" });
    const at = await failedAt(prepaid.shipmentId);

    const queued = (await getNdrQueue()).find((r) => r.shipmentId === prepaid.shipmentId);
    expect(queued).toMatchObject({
      attempts: 1,
      buyerAnswer: null,
      nextStep: { kind: "REATTEMPT", at: new Date(at.getTime() + 24 * HOUR).toISOString() },
    });
    // Before the waiting time nothing is asked.
    expect(await applyNdrRules(new Date(at.getTime() + 11 * HOUR))).toEqual({ steps: 0 });
    expect(await sandbox.ndrRequests(prepaid.awb)).toEqual([]);

    const later = new Date(at.getTime() + 25 * HOUR);
    const runs = await Promise.all([applyNdrRules(later), applyNdrRules(later)]);
    const again = await applyNdrRules(new Date(later.getTime() + HOUR));
    expect(runs.map((r) => r.steps).reduce((a, b) => a + b) + again.steps).toBe(2);

    expect(await sandbox.ndrRequests(prepaid.awb)).toEqual([
      expect.objectContaining({
        action: "re-attempt",
        deferred_date: addDays(istToday(later), 1),
        comments: "No answer from the buyer after attempt 1",
      }),
    ]);
    expect(await sandbox.ndrRequests(cod.awb)).toEqual([
      expect.objectContaining({ action: "return" }),
    ]);
    expect(await stepsOf(prepaid.shipmentId)).toEqual([
      { kind: "REATTEMPT", outcome: expect.stringMatching(/^ACCEPTED/) },
    ]);
    expect(await stepsOf(cod.shipmentId)).toEqual([
      { kind: "RTO", outcome: expect.stringMatching(/^ACCEPTED/) },
    ]);
    const recorded = await db.ndrAction.findMany({
      where: { shipmentId: { in: [prepaid.shipmentId, cod.shipmentId] } },
      select: { payload: true },
    });
    expect(recorded.map((a) => (a.payload as { by: string }).by)).toEqual(["NDR rule", "NDR rule"]);
  });

  it("returns a parcel on its second failed attempt", async () => {
    const { shipmentId, awb } = await sandbox.ndrShipment();
    await db.shipment.update({ where: { id: shipmentId }, data: { deliveryAttempts: 2 } });
    const at = await failedAt(shipmentId);
    await applyNdrRules(new Date(at.getTime() + 25 * HOUR));
    await applyNdrRules(new Date(at.getTime() + 26 * HOUR));
    expect(await sandbox.ndrRequests(awb)).toEqual([
      expect.objectContaining({
        action: "return",
        comments: "No answer from the buyer after attempt 2",
      }),
    ]);
  });

  it("leaves a failed delivery the buyer answered alone", async () => {
    const { shipmentId, awb } = await sandbox.ndrShipment();
    const token = buyerNdrLinkPath(shipmentId).replace("/fix-delivery/", "");
    await submitBuyerFix({
      token,
      body: { kind: "REATTEMPT", date: addDays(istToday(new Date()), 1) },
    });
    const at = await failedAt(shipmentId);
    await applyNdrRules(new Date(at.getTime() + 25 * HOUR));
    expect(await sandbox.ndrRequests(awb)).toHaveLength(1);
    expect(await stepsOf(shipmentId)).toEqual([]);
    expect((await getNdrQueue()).find((r) => r.shipmentId === shipmentId)).toMatchObject({
      buyerAnswer: { kind: "REATTEMPT", status: "ACCEPTED" },
      taken: { kind: "REATTEMPT", by: "buyer" },
      nextStep: null,
    });
  });
});

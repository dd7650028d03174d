import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleShipment } from "@/lib/couriers/contract";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { sandboxAccount } from "@/lib/testing/dispatch-fixtures";
import { startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { reweighedHeavy } from "@/sandbox/couriers/shared/billing";
import { rulesByAccount } from "./get-freight-rules";
import { importBillingFile } from "./import-billing-file";
import { CHECKED_SHIPMENT_SELECT, recordFreightCharge } from "./record-freight-charge";
import { recordCourierCharges } from "./record-courier-charges";
import { recordTrackedCharges } from "./record-tracked-charges";
import { updateFreightRule } from "./update-freight-rule";

// Couriers' charges checked against the parcel as packed, counted in rows: the sandbox couriers
// bill every parcel by its declared weight and box and one in four a kilogram heavy
// (sandbox/couriers/shared/billing.ts); Packline expects by each account's divisor.

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.stop());

const by = { id: "ops-1", name: "Ops One" };
// The box packing chose: 30 × 20 × 10 cm = 6,000 cm³; the parcel weighs 800 g on the scale.
const BOX = { lengthCm: 30, breadthCm: 20, heightCm: 10 };

async function bookPacked(accountId: string) {
  const courier = await getCourierForAccount(accountId);
  const booked = await courier.createShipment(
    sampleShipment(SANDBOX_PINCODES, { parcel: { weightGrams: 800, ...BOX } }),
  );
  const order = await createFixtureOrder({
    status: "SHIPPED",
    ...{ packedWeightGrams: 800, packedBoxName: "Shoe box" },
    ...{ packedLengthCm: 30, packedBreadthCm: 20, packedHeightCm: 10 },
  });
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: accountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: booked.awb,
      status: "DELIVERED",
      weightGrams: 800,
      chargePaise: 9_000,
    },
    select: { id: true, awb: true },
  });
  return { shipmentId: shipment.id, awb: shipment.awb! };
}

/** Parcels until at least one is billed heavy and one is not (AWBs come in sequence). */
async function bookBoth(accountId: string) {
  const parcels = [];
  while (parcels.length < 12) {
    parcels.push(await bookPacked(accountId));
    const heavy = parcels.filter((p) => reweighedHeavy(p.awb)).length;
    if (heavy > 0 && heavy < parcels.length) break;
  }
  return parcels;
}

const billingFile = async (courier: CourierCode) => {
  const path = {
    SHIPROCKET: "/_control/shiprocket/billing.csv",
    DELHIVERY: "/_control/delhivery/billing.csv",
    EKART: "/ekart/_control/billing.csv",
  }[courier];
  return (await fetch(`${sandbox.url}${path}`)).text();
};

const checkOf = (shipmentId: string) =>
  db.freightCheck.findUniqueOrThrow({
    where: { shipmentId },
    select: {
      source: true,
      chargedWeightGrams: true,
      volumetricGrams: true,
      volumetricDivisor: true,
      expectedWeightGrams: true,
      excessGrams: true,
      flagged: true,
      checkedAt: true,
    },
  });

// Per courier: the account's divisor, what 30 × 20 × 10 cm weighs by it, what Packline expects,
// and what the sandbox bills (its 5000 divisor on the box declared; Ekart is sent no box).
const CASES = [
  { courier: "SHIPROCKET", divisor: 5000, volumetric: 1200, expected: 1500, billed: 1500 },
  { courier: "DELHIVERY", divisor: 4000, volumetric: 1500, expected: 1500, billed: 1500 },
  { courier: "EKART", divisor: 6000, volumetric: 1000, expected: 1000, billed: 1000 },
] as const;

describe.each(CASES)(
  "a $courier billing file",
  ({ courier, divisor, volumetric, expected, billed }) => {
    it("flags the parcels billed above tolerance with the volumetric weight by the account's divisor, and applies the same file once", async () => {
      const account = await sandboxAccount(sandbox.url, courier, `${courier} freight`);
      await updateFreightRule(account.id, {
        volumetricDivisor: divisor,
        slabGrams: 500,
        toleranceGrams: 100,
        tolerancePercent: 10,
        disputeWindowDays: 7,
      });
      const parcels = await bookBoth(account.id);
      const csv = await billingFile(courier);

      const first = await importBillingFile({
        courierAccountId: account.id,
        fileName: "bill.csv",
        csv,
        by,
      });
      expect(first).toMatchObject({
        duplicate: false,
        rows: parcels.length,
        applied: parcels.length,
      });
      for (const p of parcels) {
        const charged = billed + (reweighedHeavy(p.awb) ? 1000 : 0);
        expect(await checkOf(p.shipmentId)).toMatchObject({
          source: "BILLING_FILE",
          volumetricGrams: volumetric,
          volumetricDivisor: divisor,
          expectedWeightGrams: expected,
          chargedWeightGrams: charged,
          excessGrams: charged - expected,
          flagged: reweighedHeavy(p.awb),
        });
      }
      expect(first.flagged).toBe(parcels.filter((p) => reweighedHeavy(p.awb)).length);

      const before = await Promise.all(parcels.map((p) => checkOf(p.shipmentId)));
      const again = await importBillingFile({
        courierAccountId: account.id,
        fileName: "again.csv",
        csv,
        by,
      });
      expect(again).toMatchObject({ duplicate: true, importId: first.importId, applied: 0 });
      // the same rows in a file saved again by a spreadsheet (LF line ends): a new file, no change
      const resaved = await importBillingFile({
        courierAccountId: account.id,
        fileName: "resaved.csv",
        csv: csv.replaceAll("\r\n", "\n"),
        by,
      });
      expect(resaved).toMatchObject({ duplicate: false, applied: 0, flagged: 0 });
      expect(await Promise.all(parcels.map((p) => checkOf(p.shipmentId)))).toEqual(before);
      expect(await db.freightBillingImport.count({ where: { courierAccountId: account.id } })).toBe(
        2,
      );
    });
  },
);

describe("a malformed billing file", () => {
  it("is refused with every wrong row and its reason, and applies nothing", async () => {
    const account = await sandboxAccount(sandbox.url, "DELHIVERY", "Delhivery refused");
    const [good] = await bookBoth(account.id);
    const csv = [
      "Waybill,Charged Weight (g),Total Amount,Charge Date",
      `${good!.awb},1500,77.50,2026-12-01`,
      `${good!.awb},1500,77.50,2026-12-01`,
      "ZZ99,abc,12,2026-02-30",
      "99999999999999,500,40,01-12-2026",
    ].join("\n");
    const refused = importBillingFile({
      courierAccountId: account.id,
      fileName: "bad.csv",
      csv,
      by,
    });
    await expect(refused).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        "line 3": [expect.stringContaining(`AWB ${good!.awb} is already on line 2`)],
        "line 4": [expect.stringMatching(/not a weight.*not a date/)],
      },
    });
    const unknownAwb = importBillingFile({
      courierAccountId: account.id,
      fileName: "unknown.csv",
      csv: [csv.split("\n")[0], csv.split("\n")[1], csv.split("\n")[4]].join("\n"),
      by,
    });
    await expect(unknownAwb).rejects.toMatchObject({
      fieldErrors: { "line 3": [expect.stringContaining("has AWB 99999999999999")] },
    });
    const missingColumn = importBillingFile({
      courierAccountId: account.id,
      fileName: "columns.csv",
      csv: "AWB,Weight\nX,1",
      by,
    });
    await expect(missingColumn).rejects.toMatchObject({
      fieldErrors: { "line 1": [expect.stringContaining("missing: Waybill")] },
    });
    expect(await db.freightCheck.count({ where: { courierAccountId: account.id } })).toBe(0);
    expect(await db.freightBillingImport.count({ where: { courierAccountId: account.id } })).toBe(
      0,
    );
  });
});

describe("charged weights from tracking", () => {
  it("are checked once, within tolerance not flagged, a changed weight checked again, a billed charge never replaced", async () => {
    const account = await sandboxAccount(sandbox.url, "DELHIVERY", "Delhivery tracked");
    const [parcel] = await bookBoth(account.id);
    const charge = (grams: number) =>
      db.shipment.update({
        where: { id: parcel!.shipmentId },
        data: { chargedWeightGrams: grams },
      });

    await charge(1600); // 100 g over the expected 1.5 kg: within the 150 g (10 %) tolerance
    await recordTrackedCharges();
    expect(await checkOf(parcel!.shipmentId)).toMatchObject({
      source: "TRACKING",
      chargedWeightGrams: 1600,
      excessGrams: 100,
      flagged: false,
    });
    const checked = await checkOf(parcel!.shipmentId);
    await recordTrackedCharges();
    expect(await checkOf(parcel!.shipmentId)).toEqual(checked);

    await charge(2000);
    await recordTrackedCharges();
    expect(await checkOf(parcel!.shipmentId)).toMatchObject({ excessGrams: 500, flagged: true });

    const csv = `Waybill,Charged Weight (g),Total Amount,Charge Date\n${parcel!.awb},1500,77.50,2026-12-01\n`;
    await importBillingFile({ courierAccountId: account.id, fileName: "bill.csv", csv, by });
    await charge(3000);
    await recordTrackedCharges();
    expect(await checkOf(parcel!.shipmentId)).toMatchObject({
      source: "BILLING_FILE",
      chargedWeightGrams: 1500,
      flagged: false,
    });
    // A tracking read that found no check just before the bill landed still cannot replace it.
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: parcel!.shipmentId },
      select: CHECKED_SHIPMENT_SELECT,
    });
    const rule = (await rulesByAccount()).get(account.id)!;
    const late = { source: "TRACKING", chargedPaise: null, chargedAt: new Date() } as const;
    expect(
      await recordFreightCharge(db, { ...shipment, courierAccountId: account.id }, rule, {
        ...late,
        shipmentId: parcel!.shipmentId,
        chargedWeightGrams: 3000,
      }),
    ).toMatchObject({ changed: false });
    expect(await checkOf(parcel!.shipmentId)).toMatchObject({
      source: "BILLING_FILE",
      chargedWeightGrams: 1500,
    });
  });
});

describe("Shiprocket's order details", () => {
  it("state the charge once the parcel is weighed: asked again only after a while, then checked", async () => {
    const account = await sandboxAccount(sandbox.url, "SHIPROCKET", "Shiprocket order details");
    const parcels = await bookBoth(account.id);
    await db.shipment.updateMany({
      where: { id: { in: parcels.map((p) => p.shipmentId) } },
      data: { status: "IN_TRANSIT" },
    });
    const shown = () => sandbox.requests.filter((r) => r.includes("/orders/show/")).length;

    // not weighed yet: every parcel asked once, nothing recorded, not asked again at once
    const before = shown();
    expect(await recordCourierCharges()).toEqual({ asked: parcels.length, recorded: 0 });
    expect(await recordCourierCharges()).toEqual({ asked: 0, recorded: 0 });
    expect(shown() - before).toBe(parcels.length);

    for (const p of parcels)
      await fetch(`${sandbox.url}/_control/shiprocket/advance`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ awb: p.awb, to: 38 }),
      });
    const later = new Date(Date.now() + 7 * 3_600_000);
    expect(await recordCourierCharges(later)).toEqual({
      asked: parcels.length,
      recorded: parcels.length,
    });
    for (const p of parcels)
      expect(await checkOf(p.shipmentId)).toMatchObject({
        source: "COURIER_API",
        volumetricGrams: 1200,
        chargedWeightGrams: reweighedHeavy(p.awb) ? 2500 : 1500,
        flagged: reweighedHeavy(p.awb),
      });
    expect(await recordCourierCharges(new Date(later.getTime() + 7 * 3_600_000))).toEqual({
      asked: 0,
      recorded: 0,
    });
  });
});

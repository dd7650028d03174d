import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { expireWeightDisputes } from "./expire-weight-disputes";
import { rulesByAccount } from "./get-freight-rules";
import { listWeightDiscrepancies } from "./list-weight-discrepancies";
import { openWeightDispute } from "./open-weight-dispute";
import { CHECKED_SHIPMENT_SELECT, recordFreightCharge } from "./record-freight-charge";
import { updateWeightDispute } from "./update-weight-dispute";

// Disputes of flagged charges: one per charge, due by the courier's window from the charge,
// expired by the job once past it unless submitted; counted in rows and events.

const DAY = 86_400_000;
const by = { id: "ops-1", name: "Ops One" };
let accountId: string;

beforeAll(async () => {
  accountId = (
    await createSandboxCourierAccount("http://127.0.0.1:9", "SHIPROCKET", { name: "Disputes" })
  ).id;
});

/** A flagged charge (2.5 kg billed for an 800 g parcel in no box) made `daysAgo` days ago. */
async function flaggedCharge(daysAgo: number, chargedGrams = 2500) {
  const order = await createFixtureOrder({ status: "DELIVERED", packedWeightGrams: 800 });
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: accountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: `DSP${order.id.slice(-8)}`,
      status: "DELIVERED",
    },
    select: CHECKED_SHIPMENT_SELECT,
  });
  const rule = (await rulesByAccount()).get(accountId)!;
  const chargedAt = new Date(Date.now() - daysAgo * DAY);
  await recordFreightCharge(db, { ...shipment, courierAccountId: accountId }, rule, {
    shipmentId: shipment.id,
    source: "BILLING_FILE",
    chargedWeightGrams: chargedGrams,
    chargedPaise: 12_000,
    chargedAt,
  });
  const check = await db.freightCheck.findUniqueOrThrow({
    where: { shipmentId: shipment.id },
    select: { id: true, flagged: true },
  });
  return { ...check, chargedAt };
}

const disputeOf = (id: string) =>
  db.weightDispute.findUniqueOrThrow({
    where: { id },
    select: { status: true, deadlineAt: true, events: { select: { status: true, note: true } } },
  });

describe("weight disputes", () => {
  it("opens one dispute per flagged charge, due by Shiprocket's four-day window from the charge", async () => {
    const check = await flaggedCharge(1);
    expect(check.flagged).toBe(true);
    const opened = await openWeightDispute({
      freightCheckId: check.id,
      note: "Box was 30×20×10",
      by,
    });
    expect(opened.deadlineAt.getTime()).toBe(check.chargedAt.getTime() + 4 * DAY);
    await expect(
      openWeightDispute({ freightCheckId: check.id, note: null, by }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.weightDispute.count({ where: { freightCheckId: check.id } })).toBe(1);
    const within = await flaggedCharge(1, 500);
    expect(within.flagged).toBe(false);
    await expect(
      openWeightDispute({ freightCheckId: within.id, note: null, by }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses a dispute whose window has closed", async () => {
    const check = await flaggedCharge(5);
    await expect(openWeightDispute({ freightCheckId: check.id, note: null, by })).rejects.toThrow(
      /dispute window closed on .* IST/,
    );
    expect(await db.weightDispute.count({ where: { freightCheckId: check.id } })).toBe(0);
  });

  it("expires an open dispute past its deadline, once, and leaves a submitted one waiting for the courier", async () => {
    const open = await flaggedCharge(3);
    const submitted = await flaggedCharge(3);
    const a = await openWeightDispute({ freightCheckId: open.id, note: null, by });
    const b = await openWeightDispute({ freightCheckId: submitted.id, note: null, by });
    await updateWeightDispute({
      disputeId: b.disputeId,
      status: "SUBMITTED",
      note: "Ticket 123",
      by,
    });

    expect(await expireWeightDisputes()).toEqual({ expired: 0 });
    const afterDeadline = new Date(a.deadlineAt.getTime() + 1000);
    expect(await expireWeightDisputes(afterDeadline)).toEqual({ expired: 1 });
    expect(await expireWeightDisputes(afterDeadline)).toEqual({ expired: 0 });

    expect(await disputeOf(a.disputeId)).toMatchObject({
      status: "EXPIRED",
      events: [
        { status: "OPEN" },
        { status: "EXPIRED", note: expect.stringContaining("deadline") },
      ],
    });
    expect((await disputeOf(b.disputeId)).status).toBe("SUBMITTED");
    await expect(
      updateWeightDispute({ disputeId: a.disputeId, status: "SUBMITTED", note: null, by }),
    ).rejects.toMatchObject({ code: "ILLEGAL_TRANSITION" });
    await updateWeightDispute({ disputeId: b.disputeId, status: "ACCEPTED", note: "Refunded", by });
    expect((await disputeOf(b.disputeId)).events).toHaveLength(3);
  });

  it("lists what is still to act on first, nearest deadline first", async () => {
    const rows = await listWeightDiscrepancies();
    const actionable = rows.filter(
      (r) => r.canOpen || ["OPEN", "SUBMITTED"].includes(r.dispute?.status ?? ""),
    );
    expect(actionable.map((r) => r.dispute?.status)).toEqual(["OPEN"]);
    expect(rows.slice(0, actionable.length)).toEqual(actionable);
    const deadlines = actionable.map((r) => r.deadlineAt.getTime());
    expect(deadlines).toEqual([...deadlines].sort((x, y) => x - y));
    expect(rows.some((r) => r.dispute?.status === "EXPIRED")).toBe(true);
    // the charge of five days ago, never disputed, is past Shiprocket's window: listed after,
    // though its deadline is the nearest of all
    expect(rows[1]).toMatchObject({ canOpen: false, dispute: null });
    expect(rows[1]!.deadlineAt.getTime()).toBeLessThan(rows[0]!.deadlineAt.getTime());
    expect(rows[0]!.evidence).toMatchObject({
      deadWeightGrams: 800,
      box: null,
      volumetricDivisor: 5000,
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFinishedOrder, createRiskCourierAccount } from "@/lib/testing/risk-fixtures";
import { getRiskLift } from "./get-risk-lift";
import type { RiskReason } from "./score-order";
import { scoreUnscoredOrders } from "./score-unscored-orders";

const DAY = 86_400_000;
const start = new Date(Date.now() - 300 * DAY);

const reasonsOf = async (id: string) => {
  const order = await db.order.findUniqueOrThrow({
    where: { id },
    select: { rtoRiskScore: true, rtoRiskReasons: true },
  });
  return {
    score: order.rtoRiskScore,
    texts: (order.rtoRiskReasons as unknown as RiskReason[]).map((r) => r.text),
  };
};

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "Order", "CourierAccount", "Product" CASCADE`;
});

describe("scoring as of each order's placing", () => {
  it("lets an order see an RTO only from the day it happened, never later knowledge", async () => {
    const { id: courierAccountId } = await createRiskCourierAccount();
    const buyer = {
      phone: "+919822200001",
      email: "one.buyer@example.in",
      courierAccountId,
      start,
    };
    // A: placed day 0, turned RTO on day 10 (back at the warehouse on day 17).
    await createFinishedOrder({ ...buyer, placedDay: 0, finishedDay: 10, cameBack: true });
    // B: placed day 5, before A turned RTO; delivered day 20.
    const b = await createFinishedOrder({
      ...buyer,
      placedDay: 5,
      finishedDay: 20,
      cameBack: false,
    });
    // C: placed day 12, after A's RTO scan but before A reached the warehouse.
    const c = await createFinishedOrder({
      ...buyer,
      placedDay: 12,
      finishedDay: 15,
      cameBack: false,
    });

    expect(await scoreUnscoredOrders()).toBe(3);
    const atB = await reasonsOf(b.id);
    const atC = await reasonsOf(c.id);
    expect(atB.texts).not.toContainEqual(expect.stringContaining("came back"));
    expect(atB.texts).toContain("Base rate: no finished parcels yet, assumed 12 %");
    expect(atC.texts).toContain(
      "Buyer (same phone or e-mail): 1 of 1 parcel came back (100 %) of 2 earlier orders",
    );
    expect(atC.texts).toContain(
      "Pincode 560001: 1 of 1 parcel came back (100 %); Bengaluru: 1 of 1 parcel came back (100 %)",
    );
    expect(atC.score!).toBeGreaterThan(atB.score!);
    // a second run leaves the scores alone
    expect(await scoreUnscoredOrders()).toBe(0);
  });

  it("ranks only with what was known: orders placed before any outcome all score alike", async () => {
    const { id: courierAccountId } = await createRiskCourierAccount();
    // Ten buyers, two orders each, all placed on days 0–19; every parcel ends after day 30.
    // Buyers 0–4 sent both back. Knowing the first order's end when scoring the second would
    // lift the second orders of those buyers above the rest.
    for (let n = 0; n < 20; n++) {
      const buyer = n % 10;
      await createFinishedOrder({
        start,
        courierAccountId,
        placedDay: n,
        finishedDay: 31 + n,
        cameBack: buyer < 5,
        phone: `+91983330000${buyer}`,
        email: `buyer${buyer}@example.in`,
      });
    }
    const lift = await getRiskLift();
    expect(lift.orders).toBe(20);
    expect(lift.rto).toBe(10);
    expect(lift.overallRate).toBe(0.5);
    const scores = new Set(lift.deciles.flatMap((d) => [d.minScore, d.maxScore]));
    expect(scores.size).toBe(1);
    // Equal scores keep placing order: decile 1 holds orders 0 and 1 (buyers 0 and 1: both RTO).
    expect(lift.deciles[0]).toMatchObject({ orders: 2, rto: 2, rate: 1 });
    expect(lift.lift).toBe(2);
    expect(lift.deciles.reduce((sum, d) => sum + d.orders, 0)).toBe(20);
  });

  it("ranks the risky first once the history was there when they were placed", async () => {
    const { id: courierAccountId } = await createRiskCourierAccount();
    // Days 0–29: 30 orders end quickly, the Siwan ones coming back; then 30 more are placed.
    for (let n = 0; n < 60; n++) {
      const siwan = n % 3 === 0;
      await createFinishedOrder({
        start,
        courierAccountId,
        placedDay: n < 30 ? n * 0.5 : 40 + n,
        finishedDay: n < 30 ? n * 0.5 + 2 : 120 + n,
        cameBack: siwan,
        ...(siwan ? { pincode: "841226", city: "Siwan", state: "Bihar" } : {}),
      });
    }
    const lift = await getRiskLift();
    expect(lift.orders).toBe(60);
    expect(lift.rto).toBe(20);
    // The top decile (6 orders) is all Siwan orders placed after Siwan's record existed.
    expect(lift.deciles[0]).toMatchObject({ orders: 6, rto: 6 });
    expect(lift.lift).toBeCloseTo(3, 5);
  });
});

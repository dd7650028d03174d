import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { markOrderPaid } from "@/lib/payments/mark-order-paid";

const pay = (orderId: string) =>
  db.$transaction((tx) =>
    markOrderPaid(tx, { orderId, amountPaise: 19_900, paymentId: `pay_${orderId.slice(-8)}` }),
  );

describe("RTO risk at a Razorpay capture", () => {
  it("scores a prepaid order that reaches 'placed' unscored, in the payment's transaction", async () => {
    const order = await createFixtureOrder({ paymentStatus: "PENDING" });
    expect(await pay(order.id)).toBe("paid");
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { rtoRiskScore: true, rtoRiskReasons: true, rtoRiskScoredAt: true },
    });
    expect(after.rtoRiskScore).toEqual(expect.any(Number));
    expect(after.rtoRiskScoredAt).not.toBeNull();
    expect(after.rtoRiskReasons).toContainEqual(
      expect.objectContaining({ code: "payment", text: "Prepaid" }),
    );
  });

  it("leaves the score an order got when it was placed", async () => {
    const scoredAt = new Date("2026-11-01T10:00:00Z");
    const order = await createFixtureOrder({
      paymentStatus: "PENDING",
      rtoRiskScore: 61,
      rtoRiskReasons: [{ code: "payment", text: "Prepaid", weight: -0.6 }],
      rtoRiskScoredAt: scoredAt,
    });
    expect(await pay(order.id)).toBe("paid");
    expect(
      await db.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { rtoRiskScore: true, rtoRiskScoredAt: true },
      }),
    ).toEqual({ rtoRiskScore: 61, rtoRiskScoredAt: scoredAt });
  });
});

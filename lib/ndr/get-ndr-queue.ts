import { db } from "@/lib/db";
import { readNdrPayload } from "@/lib/shipping/ndr-view";
import { buyerNdrLinkPath } from "./buyer-link";
import { BUYER } from "./get-buyer-ndr";
import { ruleDueAt, ruleFor, ruleKind } from "./ndr-rule-decision";

const QUEUE_SIZE = 200;

/**
 * Ops' NDR queue: every parcel waiting after a failed delivery, oldest first, with how long it
 * has waited, its attempts, the buyer's answer and what the rules will do next and when.
 */
export async function getNdrQueue(now = new Date()) {
  const [rules, rows] = await Promise.all([
    db.ndrRule.findMany({
      select: {
        id: true,
        paymentMethod: true,
        reasonContains: true,
        waitHours: true,
        maxAttempts: true,
      },
    }),
    db.shipment.findMany({
      where: { status: "NDR" },
      select: {
        id: true,
        awb: true,
        statusAt: true,
        deliveryAttempts: true,
        order: { select: { id: true, number: true, paymentMethod: true, city: true } },
        ndrActions: {
          select: { kind: true, status: true, payload: true, createdAt: true },
          orderBy: { createdAt: "desc" },
          take: 10,
        },
        ndrRuleSteps: { select: { attemptAt: true, kind: true, outcome: true } },
        trackingEvents: {
          where: { status: "NDR" },
          select: { rawStatus: true, remarks: true },
          orderBy: { occurredAt: "desc" },
          take: 20,
        },
      },
      orderBy: { statusAt: "asc" },
      take: QUEUE_SIZE,
    }),
  ]);
  return rows.map((s) => {
    const failedAt = s.statusAt ?? now;
    const current = s.ndrActions.filter((a) => a.createdAt >= failedAt);
    const answer = current.find((a) => readNdrPayload(a.payload).by === BUYER.name);
    const taken = current.find((a) => a.status !== "FAILED");
    const scan = s.trackingEvents[0];
    const reason = scan ? (scan.remarks?.trim() || scan.rawStatus).slice(0, 200) : null;
    const attempts = Math.max(s.deliveryAttempts ?? 0, s.trackingEvents.length, 1);
    const step = s.ndrRuleSteps.find((r) => r.attemptAt.getTime() === failedAt.getTime());
    const rule = ruleFor(
      rules,
      s.order.paymentMethod,
      scan ? `${scan.rawStatus} ${scan.remarks ?? ""}` : null,
    );
    return {
      shipmentId: s.id,
      awb: s.awb,
      orderId: s.order.id,
      orderNumber: s.order.number,
      /** for ops to send by hand when the buyer lost the message (ops see the address anyway) */
      buyerLink: buyerNdrLinkPath(s.id, now),
      city: s.order.city,
      payment: s.order.paymentMethod,
      reason,
      failedAt: failedAt.toISOString(),
      ageHours: Math.floor((now.getTime() - failedAt.getTime()) / 3_600_000),
      attempts,
      buyerAnswer: answer ? { kind: answer.kind, status: answer.status } : null,
      taken: taken ? { kind: taken.kind, by: readNdrPayload(taken.payload).by } : null,
      nextStep: step
        ? { kind: step.kind, at: null, done: step.outcome ?? "sending" }
        : rule && !taken
          ? {
              kind: ruleKind(rule, attempts),
              at: ruleDueAt(rule, failedAt).toISOString(),
              done: null,
            }
          : null,
    };
  });
}

export type NdrQueueRow = Awaited<ReturnType<typeof getNdrQueue>>[number];

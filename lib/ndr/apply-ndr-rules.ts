import { db } from "@/lib/db";
import type { NdrActionKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/observability/logger";
import { reattemptWindow } from "@/lib/shipping/check-ndr-request";
import { requestNdrAction } from "@/lib/shipping/request-ndr-action";
import { ruleDueAt, ruleFor, ruleKind } from "./ndr-rule-decision";

/** `payload.by` of what the rule job asks. */
export const RULE_ACTOR = { id: null, name: "NDR rule" } as const;
const BATCH = 100;

/**
 * Acts on failed deliveries nobody answered within their rule's waiting time: a re-attempt for
 * tomorrow, or a return to origin once the parcel has had the rule's number of attempts. Each
 * failed attempt gets one step, claimed by its unique (shipment, attempt time) row before the
 * courier is called, so a second run, or two workers at once, never act twice on one attempt.
 */
export async function applyNdrRules(now = new Date()): Promise<{ steps: number }> {
  const rules = await db.ndrRule.findMany({
    select: {
      id: true,
      paymentMethod: true,
      reasonContains: true,
      waitHours: true,
      maxAttempts: true,
    },
  });
  if (rules.length === 0) return { steps: 0 };
  const shortest = Math.min(...rules.map((r) => r.waitHours));
  const candidates = await db.shipment.findMany({
    where: {
      status: "NDR",
      statusAt: { lte: new Date(now.getTime() - shortest * 3_600_000) },
      courierAccountId: { not: null },
    },
    select: {
      id: true,
      statusAt: true,
      deliveryAttempts: true,
      order: { select: { paymentMethod: true } },
      ndrActions: { select: { status: true, createdAt: true } },
      ndrRuleSteps: { select: { attemptAt: true } },
      trackingEvents: {
        where: { status: "NDR" },
        select: { rawStatus: true, remarks: true },
        orderBy: { occurredAt: "desc" },
        take: 20,
      },
    },
    orderBy: { statusAt: "asc" },
    take: BATCH,
  });
  let steps = 0;
  for (const s of candidates) {
    const failedAt = s.statusAt!;
    const sameAttempt = (at: Date) => at.getTime() >= failedAt.getTime();
    if (s.ndrRuleSteps.some((r) => r.attemptAt.getTime() === failedAt.getTime())) continue;
    if (s.ndrActions.some((a) => a.status !== "FAILED" && sameAttempt(a.createdAt))) continue;
    const scan = s.trackingEvents[0];
    const rule = ruleFor(
      rules,
      s.order.paymentMethod,
      scan ? `${scan.rawStatus} ${scan.remarks ?? ""}` : null,
    );
    if (!rule || ruleDueAt(rule, failedAt) > now) continue;
    const attempts = Math.max(s.deliveryAttempts ?? 0, s.trackingEvents.length, 1);
    const kind = ruleKind(rule, attempts);
    const claimed = await db.ndrRuleStep.createMany({
      data: [{ shipmentId: s.id, attemptAt: failedAt, kind }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) continue;
    steps++;
    const outcome = await askCourier(s.id, kind, attempts, now);
    await db.ndrRuleStep.update({
      where: { shipmentId_attemptAt: { shipmentId: s.id, attemptAt: failedAt } },
      data: { outcome: outcome.slice(0, 500) },
      select: { id: true },
    });
  }
  return { steps };
}

async function askCourier(shipmentId: string, kind: NdrActionKind, attempts: number, now: Date) {
  const remarks = `No answer from the buyer after attempt ${attempts}`;
  try {
    const view = await requestNdrAction({
      shipmentId,
      caller: RULE_ACTOR,
      oncePerAttempt: true,
      now,
      action:
        kind === "RTO"
          ? { kind: "RTO", remarks }
          : { kind: "REATTEMPT", date: reattemptWindow(now).first, remarks },
    });
    return `${view.status}${view.message ? `: ${view.message}` : ""}`;
  } catch (error) {
    // Someone answered meanwhile, the parcel moved on, or the courier refused: on record, not retried.
    if (!(error instanceof AppError)) throw error;
    log.warn("NDR rule step not taken", { shipmentId, kind, reason: error.message });
    return `NOT TAKEN: ${error.message}`;
  }
}

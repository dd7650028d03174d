import { db } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { cancelAwbAtCourier } from "./cancel-awb-at-courier";

export interface LateAwb {
  shipmentId: string;
  orderId: string;
  courierAccountId: string;
  awb: string;
  /** why Packline must not keep it, as the middle of a sentence: "was booked for order … after …" */
  why: string;
}

export interface LateAwbOutcome {
  cancelled: boolean;
  /** what happened, for ops: the incident's title */
  sentence: string;
}

/**
 * Cancels at the courier an AWB that Packline must not keep, outside any transaction, and records
 * the outcome: a booking run whose claim was taken over got it, or the order stopped waiting for
 * it (cancelled while the courier was booking). If it is the AWB the shipment holds, the shipment
 * becomes CANCELLED; a refusal is written on the shipment instead, so nothing tries again behind
 * ops' back. Either way an incident says what happened: cancelled automatically, or cancel by hand.
 */
export async function cancelLateAwb(late: LateAwb): Promise<LateAwbOutcome> {
  const answer = await cancelAwbAtCourier(late.courierAccountId, late.awb);
  const courier = answer.courier ?? "the courier";
  const sentence = answer.cancelled
    ? `AWB ${late.awb} ${late.why}; it was cancelled at ${courier} automatically.`
    : `AWB ${late.awb} ${late.why}, and ${courier} did not cancel it (${answer.reason.replace(/[.\s]+$/, "")}). Cancel it by hand in the courier's panel.`;
  await db.$transaction(async (tx) => {
    const own = { id: late.shipmentId, awb: late.awb, status: { not: "CANCELLED" as const } };
    await tx.shipment.updateMany({
      where: own,
      data: answer.cancelled
        ? { status: "CANCELLED", failureReason: null }
        : { failureReason: sentence.slice(0, 1000) },
    });
    await createIncident(
      {
        category: "DELIVERY",
        severity: answer.cancelled ? "LOW" : "HIGH",
        stage: "shipment-booking",
        title: sentence,
        orderId: late.orderId,
        context: {
          shipmentId: late.shipmentId,
          awb: late.awb,
          cancelledAtCourier: answer.cancelled,
        },
      },
      tx,
    );
  });
  log.warn("late AWB handled", { shipmentId: late.shipmentId, awb: late.awb, ...answer });
  return { cancelled: answer.cancelled, sentence };
}

import { db } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { cancelAwbAtCourier } from "./cancel-awb-at-courier";

export interface UnwantedAwb {
  shipmentId: string;
  orderId: string;
  courierAccountId: string;
  awb: string;
  /** why Packline must not keep it, as the middle of a sentence: "was booked for order … after …" */
  why: string;
  /** its LateAwb row, when the shipment does not hold it (a run that lost its claim got it) */
  lateAwbId?: string;
}

export interface LateAwbOutcome {
  cancelled: boolean;
  /** what happened, for ops: the incident's title, or why it is tried again later */
  sentence: string;
}

/**
 * Cancels at the courier an AWB that Packline must not keep, outside any transaction, and records
 * the outcome: a booking run whose claim was taken over got it, or the order stopped waiting for
 * it (cancelled while the courier was booking). Cancelled: the shipment holding it becomes
 * CANCELLED (its LateAwb row goes), with a LOW incident. A definite refusal is written on the
 * shipment (or the row) with a HIGH incident to cancel it by hand, so nothing asks again behind
 * ops' back. A courier that could not be reached changes nothing: the sweep
 * (settle-abandoned-bookings.ts) tries again after a lease.
 */
export async function cancelLateAwb(late: UnwantedAwb): Promise<LateAwbOutcome> {
  const answer = await cancelAwbAtCourier(late.courierAccountId, late.awb);
  const courier = answer.courier ?? "the courier";
  if (!answer.cancelled && answer.retryable) {
    log.warn("late AWB not cancelled yet; the sweep tries again", { ...late, ...answer });
    return {
      cancelled: false,
      sentence: `AWB ${late.awb} ${late.why}; ${courier} could not be asked to cancel it (${trim(answer.reason)}), so Packline tries again within a few minutes.`,
    };
  }
  const sentence = answer.cancelled
    ? `AWB ${late.awb} ${late.why}; it was cancelled at ${courier} automatically.`
    : `AWB ${late.awb} ${late.why}, and ${courier} did not cancel it (${trim(answer.reason)}). Cancel it by hand in the courier's panel.`;
  await db.$transaction(async (tx) => {
    const own = { id: late.shipmentId, awb: late.awb, status: { not: "CANCELLED" as const } };
    await tx.shipment.updateMany({
      where: own,
      data: answer.cancelled
        ? { status: "CANCELLED", failureReason: null }
        : { failureReason: sentence.slice(0, 1000) },
    });
    if (late.lateAwbId && answer.cancelled)
      await tx.lateAwb.deleteMany({ where: { id: late.lateAwbId } });
    else if (late.lateAwbId)
      await tx.lateAwb.updateMany({
        where: { id: late.lateAwbId },
        data: { refusal: sentence.slice(0, 1000) },
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

const trim = (reason: string) => reason.replace(/[.\s]+$/, "");

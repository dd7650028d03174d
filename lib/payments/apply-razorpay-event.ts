import type { Tx } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { findOrderForPayment, orderReferenceOf } from "./find-order-for-payment";
import { lockOrderReferences } from "./link-waiting-payments";
import { markOrderPaid, markOrderPaymentFailed } from "./mark-order-paid";
import type { RazorpayEvent } from "./razorpay-event-schema";
import { paymentStatusOf, recordPayment } from "./record-payment";

export type ApplyOutcome =
  | { status: "PROCESSED"; note: string }
  | { status: "IGNORED"; note: string }
  | { status: "FAILED"; note: string };

const HANDLED = new Set(["payment.captured", "order.paid", "payment.authorized", "payment.failed"]);

/** Applies one verified Razorpay event inside the caller's transaction. Idempotent. */
export async function applyRazorpayEvent(tx: Tx, event: RazorpayEvent): Promise<ApplyOutcome> {
  if (!HANDLED.has(event.event)) return { status: "IGNORED", note: `${event.event} is not used` };
  const payment = event.payload.payment?.entity;
  const rzpOrder = event.payload.order?.entity;
  if (!payment) return { status: "IGNORED", note: `${event.event} carries no payment` };
  const orderRef = orderReferenceOf(payment, rzpOrder);
  if (orderRef) await lockOrderReferences(tx, [orderRef]);
  const match = await findOrderForPayment(tx, payment, rzpOrder);
  // order.paid is only sent for a fully paid order, whatever the payment entity says.
  const status = event.event === "order.paid" ? "PAID" : paymentStatusOf(payment.status);
  const recorded = await recordPayment(tx, {
    payment,
    status,
    orderId: match?.orderId ?? null,
    orderRef,
    raw: event.payload,
  });
  const orderId = recorded.orderId;
  if (!orderId) {
    await createIncident(
      {
        category: "PAYMENT",
        severity: "HIGH",
        stage: "razorpay-webhook",
        title: `Payment ${payment.id} matches no Packline order${orderRef ? ` yet (it names ${orderRef})` : ""}`,
        context: {
          paymentId: payment.id,
          razorpayOrderId: payment.order_id ?? rzpOrder?.id ?? null,
          receipt: rzpOrder?.receipt ?? null,
          amountPaise: payment.amount,
        },
      },
      tx,
    );
    return { status: "FAILED", note: `No Packline order matches payment ${payment.id}` };
  }
  if (recorded.status !== "PAID") {
    if (recorded.status === "FAILED") await markOrderPaymentFailed(tx, orderId);
    return {
      status: "PROCESSED",
      note: `payment ${payment.id} is ${recorded.status.toLowerCase()}`,
    };
  }
  const outcome = await markOrderPaid(tx, {
    orderId,
    amountPaise: rzpOrder?.amount_paid ?? payment.amount,
    paymentId: payment.id,
  });
  return {
    status: "PROCESSED",
    note: `order ${outcome} (matched by ${match?.matchedBy ?? "payment"})`,
  };
}

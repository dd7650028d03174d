import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import * as orders from "../lib/payments/fixtures/razorpay-order-events";
import * as payments from "../lib/payments/fixtures/razorpay-payment-events";
import type { Router } from "./http";
import { registerCapturedPayment } from "./razorpay-refunds";

// The payment gateway's side of the Razorpay webhook: sends a payment.authorized /
// payment.captured / payment.failed / order.paid event the way Razorpay's servers would, signed
// with the webhook secret. Each body is a deep copy of Razorpay's own published sample for that
// event and method (lib/payments/fixtures: every key, the empty currency, notes), with only the
// ids, amounts, times and Packline's order reference replaced. Used for demos and browser tests.
const EVENTS = ["payment.captured", "order.paid", "payment.authorized", "payment.failed"] as const;
const METHODS = ["upi", "card", "netbanking", "wallet"] as const;
type Method = (typeof METHODS)[number];

const sendSchema = z.object({
  /** Packline's webhook URL, e.g. http://localhost:3000/api/webhooks/razorpay */
  url: z.url(),
  secret: z.string().min(1),
  event: z.enum(EVENTS),
  method: z.enum(METHODS).default("upi"),
  amountPaise: z.number().int().min(0),
  /** Packline order number or id, sent as notes.packline_order_id and as the order receipt */
  orderRef: z.string().min(1),
  paymentId: z.string().optional(),
  razorpayOrderId: z.string().optional(),
  eventId: z.string().optional(),
  /** send the same delivery this many times (Razorpay redelivers) */
  repeat: z.number().int().min(1).max(5).default(1),
});

const SAMPLES: Record<(typeof EVENTS)[number], Record<Method, object>> = {
  "payment.authorized": {
    upi: payments.authorizedUpi,
    card: payments.authorizedCard,
    netbanking: payments.authorizedNetbanking,
    wallet: payments.authorizedWallet,
  },
  "payment.captured": {
    upi: payments.capturedUpi,
    card: payments.capturedCard,
    netbanking: payments.capturedNetbanking,
    wallet: payments.capturedWallet,
  },
  "payment.failed": {
    upi: payments.failedUpi,
    card: payments.failedCard,
    netbanking: payments.failedNetbanking,
    wallet: payments.failedWallet,
  },
  "order.paid": {
    upi: orders.orderPaidUpi,
    card: orders.orderPaidCard,
    netbanking: orders.orderPaidNetbanking,
    wallet: orders.orderPaidWallet,
  },
};

const id = (prefix: string) => `${prefix}_${randomBytes(7).toString("base64url")}`;

interface Entity {
  [key: string]: unknown;
}
interface EventBody {
  payload: { payment: { entity: Entity }; order?: { entity: Entity } };
  [key: string]: unknown;
}

/** The published sample for the event and method, filled from this delivery. */
export function razorpayEventBody(
  p: z.output<typeof sendSchema>,
  ids: { paymentId: string; orderId: string },
): EventBody {
  const body = structuredClone(SAMPLES[p.event][p.method]) as EventBody;
  const now = Math.floor(Date.now() / 1000);
  const notes = { packline_order_id: p.orderRef };
  body.account_id = "acc_SandboxPackline";
  if ("created_at" in body) body.created_at = now;
  const payment = body.payload.payment.entity;
  Object.assign(payment, { id: ids.paymentId, order_id: ids.orderId, amount: p.amountPaise });
  Object.assign(payment, { notes, created_at: now });
  if ("base_amount" in payment) payment.base_amount = p.amountPaise;
  const order = body.payload.order?.entity;
  if (order)
    Object.assign(order, {
      id: ids.orderId,
      amount: p.amountPaise,
      amount_paid: p.amountPaise,
      receipt: p.orderRef,
      notes,
      created_at: now,
    });
  return body;
}

export function mountRazorpay(router: Router): void {
  router.on("POST", "/_control/razorpay/send", async (req) => {
    const parsed = sendSchema.safeParse(req.json());
    if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
    const p = parsed.data;
    const paymentId = p.paymentId ?? id("pay");
    const orderId = p.razorpayOrderId ?? id("order");
    const body = JSON.stringify(razorpayEventBody(p, { paymentId, orderId }));
    const eventId = p.eventId ?? id("evt");
    // a captured payment can be refunded through the sandbox's refunds API
    if (p.event === "payment.captured" || p.event === "order.paid")
      registerCapturedPayment(paymentId, p.amountPaise);
    const signature = createHmac("sha256", p.secret).update(body).digest("hex");
    const answers: number[] = [];
    for (let i = 0; i < p.repeat; i++) {
      const res = await fetch(p.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-razorpay-signature": signature,
          "x-razorpay-event-id": eventId,
        },
        body,
      });
      answers.push(res.status);
    }
    return { body: { eventId, paymentId, razorpayOrderId: orderId, answers } };
  });
}

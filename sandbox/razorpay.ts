import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Router } from "./http";

// The payment gateway's side of the Razorpay webhook: builds a payment.captured / order.paid /
// payment.failed event like Razorpay's, signs it with the webhook secret and POSTs it, the way
// Razorpay's servers would. Used for demos and browser tests.
const sendSchema = z.object({
  /** Packline's webhook URL, e.g. http://localhost:3000/api/webhooks/razorpay */
  url: z.url(),
  secret: z.string().min(1),
  event: z.enum(["payment.captured", "order.paid", "payment.authorized", "payment.failed"]),
  amountPaise: z.number().int().min(0),
  /** Packline order number or id, sent as notes.packline_order_id and as the order receipt */
  orderRef: z.string().min(1),
  paymentId: z.string().optional(),
  razorpayOrderId: z.string().optional(),
  eventId: z.string().optional(),
  /** send the same delivery this many times (Razorpay redelivers) */
  repeat: z.number().int().min(1).max(5).default(1),
});

const id = (prefix: string) => `${prefix}_${randomBytes(7).toString("base64url")}`;

export function mountRazorpay(router: Router): void {
  router.on("POST", "/_control/razorpay/send", async (req) => {
    const parsed = sendSchema.safeParse(req.json());
    if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
    const p = parsed.data;
    const paymentId = p.paymentId ?? id("pay");
    const orderId = p.razorpayOrderId ?? id("order");
    const now = Math.floor(Date.now() / 1000);
    const status =
      { "payment.failed": "failed", "payment.authorized": "authorized" }[p.event as string] ??
      "captured";
    const payment = {
      id: paymentId,
      entity: "payment",
      amount: p.amountPaise,
      currency: "INR",
      status,
      order_id: orderId,
      method: "upi",
      captured: status === "captured",
      notes: { packline_order_id: p.orderRef },
      created_at: now,
    };
    const order = {
      id: orderId,
      entity: "order",
      amount: p.amountPaise,
      amount_paid: p.amountPaise,
      status: "paid",
      receipt: p.orderRef,
      notes: { packline_order_id: p.orderRef },
    };
    const body = JSON.stringify({
      entity: "event",
      account_id: "acc_SandboxPackline",
      event: p.event,
      contains: p.event === "order.paid" ? ["payment", "order"] : ["payment"],
      payload: {
        payment: { entity: payment },
        ...(p.event === "order.paid" ? { order: { entity: order } } : {}),
      },
      created_at: now,
    });
    const eventId = p.eventId ?? id("evt");
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

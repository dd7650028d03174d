import { NextRequest } from "next/server";
import { POST } from "@/app/api/webhooks/razorpay/route";
import { razorpaySignature } from "@/lib/payments/verify-razorpay-signature";

/** A Razorpay webhook body shaped like Razorpay's, with these payment (and order) fields. */
export function razorpayEventBody(
  type: string,
  payment: Record<string, unknown>,
  order?: Record<string, unknown>,
): string {
  return JSON.stringify({
    entity: "event",
    account_id: "acc_Test",
    event: type,
    contains: order ? ["payment", "order"] : ["payment"],
    payload: {
      payment: { entity: { currency: "INR", method: "upi", notes: {}, ...payment } },
      ...(order ? { order: { entity: { status: "paid", notes: [], ...order } } } : {}),
    },
    created_at: 1_763_700_000,
  });
}

/**
 * POSTs `body` to the Razorpay webhook route as Razorpay would: signed with `secret` unless
 * `headers` brings its own X-Razorpay-Signature.
 */
export async function postRazorpayWebhook(
  body: string,
  secret: string,
  headers: Record<string, string> = {},
) {
  const req = new NextRequest("http://localhost/api/webhooks/razorpay", {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      "x-razorpay-signature": razorpaySignature(body, secret),
      ...headers,
    },
  });
  const res = await POST(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

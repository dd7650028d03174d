import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { receiveRazorpayWebhook } from "@/lib/payments/receive-razorpay-webhook";

export const POST = withRoute({
  route: "POST /api/webhooks/razorpay",
  handler: async ({ rawBody, req }) => {
    const reply = await receiveRazorpayWebhook(rawBody, req.headers);
    return NextResponse.json(reply.body, { status: reply.status });
  },
});

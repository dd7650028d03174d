import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { courierWebhookQuery } from "@/lib/shipping/courier-webhook-query";
import { receiveCourierWebhook } from "@/lib/shipping/receive-courier-webhook";

export const POST = withRoute({
  route: "POST /api/webhooks/ekart",
  query: courierWebhookQuery,
  handler: async ({ rawBody, req, query }) => {
    const reply = await receiveCourierWebhook({
      courier: "EKART",
      rawBody,
      headers: req.headers,
      accountId: query.account ?? null,
    });
    return NextResponse.json(reply.body, { status: reply.status });
  },
});

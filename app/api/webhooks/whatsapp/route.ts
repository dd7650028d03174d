import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { receiveWhatsAppWebhook } from "@/lib/notify/whatsapp/receive-whatsapp-webhook";

export const POST = withRoute({
  route: "POST /api/webhooks/whatsapp",
  handler: async ({ rawBody, req }) => {
    const reply = await receiveWhatsAppWebhook(rawBody, req.headers);
    return NextResponse.json(reply.body, { status: reply.status });
  },
});

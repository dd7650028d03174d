import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { answerWhatsAppHandshake } from "@/lib/notify/whatsapp/answer-whatsapp-handshake";
import { receiveWhatsAppWebhook } from "@/lib/notify/whatsapp/receive-whatsapp-webhook";
import { whatsappHandshakeQuery } from "@/lib/validation/whatsapp-settings";

export const GET = withRoute({
  route: "GET /api/webhooks/whatsapp",
  query: whatsappHandshakeQuery,
  handler: async ({ query }) => {
    const reply = await answerWhatsAppHandshake({
      mode: query["hub.mode"],
      verifyToken: query["hub.verify_token"],
      challenge: query["hub.challenge"],
    });
    // Meta reads the challenge as the whole body, so plain text, never JSON.
    return new NextResponse(reply.text, {
      status: reply.status,
      headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
    });
  },
});

export const POST = withRoute({
  route: "POST /api/webhooks/whatsapp",
  handler: async ({ rawBody, req }) => {
    const reply = await receiveWhatsAppWebhook(rawBody, req.headers);
    return NextResponse.json(reply.body, { status: reply.status });
  },
});

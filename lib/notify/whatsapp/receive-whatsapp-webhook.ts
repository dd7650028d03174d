import { cancelOrLeaveToJob } from "@/lib/cod-confirmation/record-answer";
import { applyWhatsAppReplies } from "@/lib/cod-confirmation/whatsapp-replies";
import { db } from "@/lib/db";
import { recordWebhookRejection } from "@/lib/webhooks/record-webhook-rejection";
import {
  isHandled,
  lockWebhookEvent,
  markWebhookEvent,
  storeWebhookEvent,
} from "@/lib/webhooks/store-webhook-event";
import type { WebhookDelivery } from "@/lib/webhooks/webhook-delivery";
import { recordWhatsAppStatus } from "./record-whatsapp-status";
import { verifyHubSignature } from "./verify-hub-signature";
import { messagesIn, statusesIn, whatsappWebhookSchema } from "./whatsapp-webhook-schema";
import { loadWhatsAppConfig } from "./whatsapp-settings";

export interface WebhookReply {
  status: number;
  body: Record<string, unknown>;
}

/**
 * POST /api/webhooks/whatsapp: message status callbacks and buyers' replies (COD confirmation,
 * lib/cod-confirmation/whatsapp-replies.ts) from the Cloud API. The signature is
 * checked first (a failure is a 401 and a recorded rejection); a verified body is stored raw in
 * the shared webhook store, which answers a redelivery without effect; statuses are applied in
 * one transaction holding the stored row, each only moving a message forward
 * (record-whatsapp-status.ts), so duplicates and late copies change nothing.
 */
export async function receiveWhatsAppWebhook(
  rawBody: string,
  headers: Headers,
): Promise<WebhookReply> {
  const delivery: WebhookDelivery = {
    provider: "whatsapp",
    rawBody,
    headers,
    keptHeaders: ["x-hub-signature-256", "content-type", "user-agent"],
  };
  const config = await loadWhatsAppConfig();
  if (
    !config ||
    !verifyHubSignature(rawBody, headers.get("x-hub-signature-256"), config.appSecret)
  ) {
    await recordWebhookRejection({
      ...delivery,
      reason: config ? "Signature mismatch" : "WhatsApp is not configured",
    });
    return { status: 401, body: { error: "invalid signature" } };
  }
  const stored = await storeWebhookEvent({ ...delivery, eventType: "messages" });
  if (isHandled(stored.status)) return { status: 200, body: { ok: true, duplicate: true } };
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    json = null;
  }
  const parsed = whatsappWebhookSchema.safeParse(json);
  if (!parsed.success) {
    const problem = `Not a WhatsApp messages webhook: ${parsed.error.issues[0]?.message ?? "unreadable"}`;
    await markWebhookEvent(stored.id, { status: "FAILED", error: problem });
    return { status: 400, body: { error: problem } };
  }
  const applied = await db.$transaction(async (tx) => {
    if (isHandled(await lockWebhookEvent(tx, stored.id))) return null;
    let moved = 0;
    for (const s of statusesIn(parsed.data)) moved += await recordWhatsAppStatus(tx, s);
    const replies = await applyWhatsAppReplies(tx, messagesIn(parsed.data));
    moved += replies.applied;
    await markWebhookEvent(stored.id, { status: moved ? "PROCESSED" : "IGNORED" }, tx);
    return { moved, cancels: replies.cancels };
  });
  // A buyer's "cancel" stops the order after the reply is safely recorded; if this fails, the
  // cod-confirmation job finishes it.
  for (const c of applied?.cancels ?? [])
    await cancelOrLeaveToJob({ orderId: c.orderId, via: "WHATSAPP", actor: { label: "buyer" } });
  return { status: 200, body: { ok: true, updated: applied?.moved ?? 0 } };
}

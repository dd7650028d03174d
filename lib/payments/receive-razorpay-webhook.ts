import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { recordWebhookRejection } from "@/lib/webhooks/record-webhook-rejection";
import {
  isHandled,
  lockWebhookEvent,
  markWebhookEvent,
  storeWebhookEvent,
} from "@/lib/webhooks/store-webhook-event";
import type { WebhookDelivery } from "@/lib/webhooks/webhook-delivery";
import { applyRazorpayEvent } from "./apply-razorpay-event";
import type { RazorpayEvent } from "./razorpay-event-schema";
import { razorpaySecretsInForce } from "./razorpay-webhook-secret";
import { readRazorpayEvent } from "./read-razorpay-event";
import { recordRazorpayVerification } from "./record-razorpay-verification";
import { verifyRazorpaySignature } from "./verify-razorpay-signature";

export interface WebhookReply {
  status: number;
  body: Record<string, unknown>;
}

const KEPT_HEADERS = ["x-razorpay-event-id", "x-razorpay-signature", "content-type", "user-agent"];
const DUPLICATE: WebhookReply = { status: 200, body: { ok: true, duplicate: true } };

/**
 * POST /api/webhooks/razorpay. The signature is checked first, against the secret in force and
 * the one it replaced during its grace period: a delivery that fails is a 401, recorded as a
 * rejection and never stored whole. A verified delivery is stored raw (lib/webhooks), one row
 * per body and per event id, so a redelivery, or another body for the same event, is answered
 * 200 without effect once the event is handled. A verified body that cannot be used is kept
 * FAILED with the reason and answered 400. The event is applied in one transaction that holds
 * its row, so two copies racing apply it once. A failure answers 500 so that Razorpay
 * redelivers; a database that cannot be reached propagates (503 with Retry-After).
 */
export async function receiveRazorpayWebhook(
  rawBody: string,
  headers: Headers,
): Promise<WebhookReply> {
  const delivery: WebhookDelivery = {
    provider: "razorpay",
    rawBody,
    headers,
    keptHeaders: KEPT_HEADERS,
  };
  const secrets = await razorpaySecretsInForce();
  const signature = headers.get("x-razorpay-signature");
  const verifiedBy = secrets.find((s) => verifyRazorpaySignature(rawBody, signature, s.secret));
  if (!verifiedBy) {
    const reason = secrets.length ? "Signature mismatch" : "No webhook secret configured";
    await recordWebhookRejection({ ...delivery, reason });
    return { status: 401, body: { error: "invalid signature" } };
  }
  await recordRazorpayVerification(verifiedBy.version);
  const read = readRazorpayEvent(rawBody, headers);
  const stored = await storeWebhookEvent({
    ...delivery,
    eventId: read.eventId,
    eventType: read.eventType,
  });
  if (isHandled(stored.status)) return DUPLICATE;
  if (!read.ok) {
    await markWebhookEvent(stored.id, { status: "FAILED", error: read.problem });
    return { status: 400, body: { error: read.problem } };
  }
  return applyStoredRazorpayEvent(stored.id, read.event, read.eventId);
}

/**
 * Applies a stored, verified event under its row's lock and records the outcome: a fresh
 * delivery and an admin's re-process of a failed one (lib/webhooks/reprocess-webhook-event.ts)
 * alike. The signature is not checked again: the row was verified when it arrived.
 */
export async function applyStoredRazorpayEvent(
  webhookEventId: string,
  event: RazorpayEvent,
  eventId: string | null,
): Promise<WebhookReply> {
  try {
    const outcome = await db.$transaction(
      async (tx) => {
        // Another copy of this event may be applying it now: wait for it, then do nothing.
        if (isHandled(await lockWebhookEvent(tx, webhookEventId))) return null;
        const applied = await applyRazorpayEvent(tx, event);
        await markWebhookEvent(webhookEventId, { status: applied.status, error: applied.note }, tx);
        return applied;
      },
      { timeout: 20_000 },
    );
    if (!outcome) return DUPLICATE;
    return { status: 200, body: { ok: true, result: outcome.status.toLowerCase() } };
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    log.error("razorpay webhook failed", { webhookEventId, error });
    await markWebhookEvent(webhookEventId, { status: "FAILED", error: message }).catch(
      () => undefined,
    );
    await createIncident({
      category: "PAYMENT",
      severity: "CRITICAL",
      stage: "razorpay-webhook",
      title: `A Razorpay ${event.event} event could not be applied: ${message.slice(0, 200)}`,
      context: { webhookEventId, eventId },
    }).catch(() => undefined);
    return { status: 500, body: { error: "could not process the event; it will be retried" } };
  }
}

import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { applyRazorpayEvent } from "./apply-razorpay-event";
import { razorpayEventSchema } from "./razorpay-event-schema";
import { getRazorpayWebhookSecret } from "./razorpay-webhook-secret";
import { verifyRazorpaySignature } from "./verify-razorpay-signature";

export interface WebhookReply {
  status: number;
  body: Record<string, unknown>;
}

const KEPT_HEADERS = ["x-razorpay-event-id", "x-razorpay-signature", "content-type", "user-agent"];

function eventIdOf(headers: Headers, parsed: unknown): string | null {
  const header = headers.get("x-razorpay-event-id")?.trim();
  if (header) return header.slice(0, 100);
  const body = parsed as { id?: unknown } | null;
  return typeof body?.id === "string" ? body.id.slice(0, 100) : null;
}

function tryJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * POST /api/webhooks/razorpay. Every delivery is stored raw before anything else (bad
 * signatures as REJECTED); a repeated body or event id that was already handled is answered
 * 200 without effect; the event is applied in one transaction. A failure answers 500 so that
 * Razorpay redelivers, and the redelivery re-runs the stored event.
 */
export async function receiveRazorpayWebhook(
  rawBody: string,
  headers: Headers,
): Promise<WebhookReply> {
  const secret = await getRazorpayWebhookSecret();
  const signatureValid =
    secret !== null &&
    verifyRazorpaySignature(rawBody, headers.get("x-razorpay-signature"), secret);
  const parsedJson = signatureValid ? tryJson(rawBody) : null;
  const eventId = signatureValid ? eventIdOf(headers, parsedJson) : null;
  const eventType = (parsedJson as { event?: unknown } | null)?.event;
  const bodyHash = createHash("sha256").update(rawBody).digest("hex");
  const kept = Object.fromEntries(KEPT_HEADERS.map((h) => [h, headers.get(h)]));
  const stored = await db.webhookEvent.upsert({
    where: { bodyHash },
    create: {
      provider: "razorpay",
      eventId,
      eventType: typeof eventType === "string" ? eventType.slice(0, 100) : null,
      bodyHash,
      rawBody,
      headers: kept,
      signatureValid,
      status: signatureValid ? "RECEIVED" : "REJECTED",
      error: signatureValid ? null : secret ? "Signature mismatch" : "No webhook secret configured",
    },
    // A redelivery only counts; a forged copy of a genuine body does not overwrite it.
    update: { attempts: { increment: 1 } },
    select: { id: true, status: true, signatureValid: true },
  });
  if (!signatureValid) {
    log.warn("razorpay webhook rejected", { webhookEventId: stored.id, configured: !!secret });
    return { status: 401, body: { error: "invalid signature" } };
  }
  const earlier = eventId
    ? await db.webhookEvent.findFirst({
        where: { provider: "razorpay", eventId, status: { in: ["PROCESSED", "IGNORED"] } },
        select: { id: true },
      })
    : null;
  if (stored.status === "PROCESSED" || stored.status === "IGNORED" || earlier)
    return { status: 200, body: { ok: true, duplicate: true } };

  const event = razorpayEventSchema.safeParse(parsedJson);
  if (!event.success) {
    const error = `Malformed event: ${event.error.issues[0]?.path.join(".")}: ${event.error.issues[0]?.message}`;
    await db.webhookEvent.update({ where: { id: stored.id }, data: { status: "FAILED", error } });
    return { status: 400, body: { error } };
  }
  try {
    const outcome = await db.$transaction((tx) => applyRazorpayEvent(tx, event.data), {
      timeout: 20_000,
    });
    await db.webhookEvent.update({
      where: { id: stored.id },
      data: { status: outcome.status, error: outcome.note, processedAt: new Date() },
    });
    return { status: 200, body: { ok: true, result: outcome.status.toLowerCase() } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error("razorpay webhook failed", { webhookEventId: stored.id, error });
    await db.webhookEvent
      .update({
        where: { id: stored.id },
        data: { status: "FAILED", error: message.slice(0, 1000) },
      })
      .catch(() => undefined);
    await createIncident({
      category: "PAYMENT",
      severity: "CRITICAL",
      stage: "razorpay-webhook",
      title: `A Razorpay ${event.data.event} event could not be applied: ${message.slice(0, 200)}`,
      context: { webhookEventId: stored.id, eventId },
    }).catch(() => undefined);
    return { status: 500, body: { error: "could not process the event; it will be retried" } };
  }
}

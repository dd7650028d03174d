import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { WebhookStatus } from "@/lib/generated/prisma/enums";

export interface StoreWebhookEventInput {
  /** "razorpay", "shiprocket", "ekart", "delhivery" */
  provider: string;
  rawBody: string;
  headers: Headers;
  /** the headers worth keeping for inspection */
  keptHeaders: readonly string[];
  /** headers that carry a shared secret: only whether they were sent is kept */
  secretHeaders?: readonly string[];
}

export interface StoredWebhookEvent {
  id: string;
  /** the status the row had before this delivery (RECEIVED for a new one) */
  status: WebhookStatus;
  /** true when this exact body was stored before */
  repeated: boolean;
}

/**
 * Stores a webhook delivery raw, before anything reads it, keyed by the SHA-256 of the body: a
 * redelivery of the same body only counts an attempt, and the caller decides from the earlier
 * row's status whether there is anything left to do. Verification fills in `signatureValid`.
 */
export async function storeWebhookEvent(
  input: StoreWebhookEventInput,
): Promise<StoredWebhookEvent> {
  const bodyHash = createHash("sha256").update(input.rawBody).digest("hex");
  const kept = Object.fromEntries([
    ...input.keptHeaders.map((h) => [h, input.headers.get(h)]),
    ...(input.secretHeaders ?? []).map((h) => [h, input.headers.has(h) ? "[redacted]" : null]),
  ]);
  const row = await db.webhookEvent.upsert({
    where: { bodyHash },
    create: {
      provider: input.provider,
      bodyHash,
      rawBody: input.rawBody,
      headers: kept,
      signatureValid: false,
      status: "RECEIVED",
    },
    update: { attempts: { increment: 1 } },
    select: { id: true, status: true, attempts: true },
  });
  return { id: row.id, status: row.status, repeated: row.attempts > 0 };
}

export interface WebhookOutcome {
  status: WebhookStatus;
  signatureValid?: boolean;
  error?: string | null;
  eventId?: string | null;
  eventType?: string | null;
}

/** Records what became of a stored delivery. */
export async function markWebhookEvent(id: string, outcome: WebhookOutcome): Promise<void> {
  await db.webhookEvent.update({
    where: { id },
    data: {
      status: outcome.status,
      ...(outcome.signatureValid !== undefined ? { signatureValid: outcome.signatureValid } : {}),
      ...(outcome.eventId !== undefined ? { eventId: outcome.eventId?.slice(0, 100) ?? null } : {}),
      ...(outcome.eventType !== undefined
        ? { eventType: outcome.eventType?.slice(0, 100) ?? null }
        : {}),
      error: outcome.error?.slice(0, 1000) ?? null,
      processedAt: outcome.status === "RECEIVED" ? null : new Date(),
    },
    select: { id: true },
  });
}

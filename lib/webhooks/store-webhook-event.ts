import { createHash, randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { WebhookStatus } from "@/lib/generated/prisma/enums";
import { replaceInvalidText } from "@/lib/validation/clean-text";
import { keptHeadersOf, type WebhookDelivery } from "./webhook-delivery";

export interface StoreWebhookEventInput extends WebhookDelivery {
  /** the sender's id for the event (Razorpay's x-razorpay-event-id, one courier scan's key) */
  eventId?: string | null;
  eventType?: string | null;
}

export interface StoredWebhookEvent {
  id: string;
  /** the status the row had before this delivery (RECEIVED for a new one) */
  status: WebhookStatus;
  /** true when this body or this event id was stored before */
  repeated: boolean;
}

/** PROCESSED or IGNORED: nothing is left to do for the event, whoever delivers it again. */
export function isHandled(status: WebhookStatus): boolean {
  return status === "PROCESSED" || status === "IGNORED";
}

/**
 * Stores an *authenticated* delivery raw, before anything reads it. The body's SHA-256 is unique,
 * and so is (provider, event id) when there is one: a redelivery of the same body, or another
 * body for the same event (re-serialised by a proxy, sent twice by the sender), lands on the
 * earlier row and only counts an attempt; the caller decides from that row's status whether
 * anything is left to do. Two copies arriving together race on the unique indexes, never on
 * timing: one inserts, the other finds its row. Unauthenticated deliveries never come here
 * (record-webhook-rejection.ts).
 */
export async function storeWebhookEvent(
  input: StoreWebhookEventInput,
): Promise<StoredWebhookEvent> {
  const bodyHash = createHash("sha256").update(input.rawBody).digest("hex");
  const eventId = input.eventId?.slice(0, 100) ?? null;
  const eventType = input.eventType?.slice(0, 100) ?? null;
  const headers = JSON.stringify(keptHeadersOf(input));
  // The loop only repeats if the row it collided with was purged in between.
  for (let attempt = 0; attempt < 3; attempt++) {
    const [created] = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "WebhookEvent" (id, provider, "eventId", "eventType", "bodyHash", "rawBody",
        headers, "signatureValid", status, attempts, "receivedAt")
      VALUES (${randomUUID()}, ${input.provider}, ${eventId}, ${eventType}, ${bodyHash},
        ${replaceInvalidText(input.rawBody)}, ${headers}::jsonb, true, 'RECEIVED', 0, now())
      ON CONFLICT DO NOTHING
      RETURNING id`;
    if (created) return { id: created.id, status: "RECEIVED", repeated: false };
    // The row for the event wins over a row that merely has the same body.
    const [earlier] = await db.$queryRaw<{ id: string; status: WebhookStatus }[]>`
      UPDATE "WebhookEvent" SET attempts = attempts + 1
      WHERE id = (
        SELECT id FROM "WebhookEvent"
        WHERE (provider = ${input.provider} AND "eventId" = ${eventId}) OR "bodyHash" = ${bodyHash}
        ORDER BY coalesce(provider = ${input.provider} AND "eventId" = ${eventId}, false) DESC
        LIMIT 1)
      RETURNING id, status`;
    if (earlier) return { id: earlier.id, status: earlier.status, repeated: true };
  }
  throw new Error(
    `A ${input.provider} webhook could not be stored: its earlier copy kept vanishing`,
  );
}

/**
 * Locks the event's row for the caller's transaction and returns its status, so that of two
 * deliveries of one event processed at once, the second waits and then sees it handled.
 */
export async function lockWebhookEvent(tx: Tx, id: string): Promise<WebhookStatus> {
  const [row] = await tx.$queryRaw<{ status: WebhookStatus }[]>`
    SELECT status FROM "WebhookEvent" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw new Error(`Webhook event ${id} vanished while it was being processed`);
  return row.status;
}

export interface WebhookOutcome {
  status: Exclude<WebhookStatus, "RECEIVED" | "REJECTED">;
  error?: string | null;
}

/** Records what became of a stored delivery, in the caller's transaction when it has one. */
export async function markWebhookEvent(
  id: string,
  outcome: WebhookOutcome,
  client: Tx = db,
): Promise<void> {
  await client.webhookEvent.update({
    where: { id },
    data: outcomeData(outcome),
    select: { id: true },
  });
}

/**
 * Records the receiver's own outcome only while no drain has claimed the row (RECEIVED with no
 * apply tries): a repeat can land on a row a drain is applying or retrying, whose claim settles
 * it. False when the row was left alone.
 */
export async function markUnclaimedWebhookEvent(id: string, outcome: WebhookOutcome) {
  const { count } = await db.webhookEvent.updateMany({
    where: { id, status: "RECEIVED", applyTries: 0 },
    data: outcomeData(outcome),
  });
  return count === 1;
}

function outcomeData(outcome: WebhookOutcome) {
  return {
    status: outcome.status,
    error: outcome.error ? replaceInvalidText(outcome.error.slice(0, 1000)) : null,
    processedAt: new Date(),
  };
}

/**
 * A FAILED delivery back to RECEIVED with fresh tries, for the worker to apply (a courier's
 * redelivery, an admin's re-process). Conditional on FAILED, so of two at once one queues it.
 */
export async function queueWebhookEventAgain(id: string, client: Tx = db): Promise<boolean> {
  const { count } = await client.webhookEvent.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "RECEIVED", applyTries: 0, applyAfter: null },
  });
  return count === 1;
}

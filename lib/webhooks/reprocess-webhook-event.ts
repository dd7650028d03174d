import type { Caller } from "@/lib/auth/caller";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { applyStoredRazorpayEvent } from "@/lib/payments/receive-razorpay-webhook";
import { readRazorpayEvent } from "@/lib/payments/read-razorpay-event";
import { COURIER_WEBHOOK_READERS } from "./courier-webhook-readers";
import { applyClaimedCourierWebhook, APPLY_LEASE_SECONDS } from "./drain-courier-webhooks";
import { markWebhookEvent } from "./store-webhook-event";
import { unstorableTextIn } from "./webhook-delivery";

export interface ReprocessResult {
  id: string;
  /** what the delivery became: PROCESSED, IGNORED, or FAILED again with its reason */
  status: string;
  error: string | null;
}

/**
 * Admin: applies a FAILED delivery again, through the same code as the worker's drain. The claim
 * (FAILED → RECEIVED, a courier delivery with fresh tries and leased to this call) is a
 * conditional write in the transaction that writes the audit row, so of two admins pressing at
 * once one re-processes and the other is told why not; the apply runs after that transaction
 * and records its own outcome (a courier delivery that fails again is left to the worker's
 * retries, shown as waiting with the reason).
 */
export async function reprocessWebhookEvent(input: {
  id: string;
  caller: Caller;
}): Promise<ReprocessResult> {
  const row = await db.$transaction(async (tx) => {
    const claimed = await tx.webhookEvent.updateMany({
      where: { id: input.id, status: "FAILED" },
      data: {
        status: "RECEIVED",
        applyTries: 1,
        applyAfter: new Date(Date.now() + APPLY_LEASE_SECONDS * 1000),
      },
    });
    const event = await tx.webhookEvent.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        provider: true,
        status: true,
        error: true,
        rawBody: true,
        headers: true,
        receivedAt: true,
      },
    });
    if (!event) throw notFound("The webhook delivery");
    if (claimed.count === 0)
      throw new AppError(
        "CONFLICT",
        `Only a failed delivery can be re-processed; this one is ${event.status.toLowerCase()}${event.status === "RECEIVED" ? " (it is being processed now)" : ""}.`,
      );
    await recordAudit(tx, {
      actorId: input.caller.id,
      action: "webhook.reprocess",
      entityType: "WebhookEvent",
      entityId: input.id,
      details: { provider: event.provider, previousError: event.error },
    });
    return event;
  });
  await applyStored(input.id, row);
  const after = await db.webhookEvent.findUniqueOrThrow({
    where: { id: input.id },
    select: { status: true, error: true },
  });
  return { id: input.id, status: after.status, error: after.error };
}

async function applyStored(
  id: string,
  row: { provider: string; rawBody: string; headers: unknown; receivedAt: Date },
): Promise<void> {
  if (row.provider === "razorpay") {
    const read = readRazorpayEvent(row.rawBody, storedHeaders(row.headers));
    if (!read.ok) return fail(id, read.problem);
    await applyStoredRazorpayEvent(id, read.event, read.eventId);
    return;
  }
  if (!COURIER_WEBHOOK_READERS[row.provider])
    return fail(id, `Packline cannot re-process a ${row.provider} delivery.`);
  const problem = unstorableTextIn(row.rawBody);
  if (problem !== null) return fail(id, problem);
  await applyClaimedCourierWebhook({ id, ...row, applyTries: 1 });
}

function fail(id: string, problem: string): Promise<void> {
  return markWebhookEvent(id, { status: "FAILED", error: problem });
}

/** The headers as stored (names to values, null when not sent), as Headers for a reader. */
function storedHeaders(stored: unknown): Headers {
  const headers = new Headers();
  if (stored && typeof stored === "object")
    for (const [name, value] of Object.entries(stored))
      if (typeof value === "string") headers.set(name, value);
  return headers;
}

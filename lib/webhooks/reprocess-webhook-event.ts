import type { Caller } from "@/lib/auth/caller";
import { recordAudit } from "@/lib/audit/record-audit";
import { readDelhiveryWebhook } from "@/lib/couriers/delhivery/webhook";
import { readEkartWebhook } from "@/lib/couriers/ekart/webhook";
import { readShiprocketWebhook } from "@/lib/couriers/shiprocket/webhook";
import type { NormalisedWebhook } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { applyStoredRazorpayEvent } from "@/lib/payments/receive-razorpay-webhook";
import { readRazorpayEvent } from "@/lib/payments/read-razorpay-event";
import { applyCourierWebhook } from "@/lib/shipping/apply-courier-webhook";
import { markWebhookEvent } from "./store-webhook-event";
import { unstorableTextIn } from "./webhook-delivery";

// A stored body was verified when it arrived; its token is redacted, so it is only read again.
const COURIER_READERS: Record<string, [CourierCode, (raw: string) => NormalisedWebhook[] | null]> =
  {
    shiprocket: ["SHIPROCKET", readShiprocketWebhook],
    ekart: ["EKART", readEkartWebhook],
    delhivery: ["DELHIVERY", readDelhiveryWebhook],
  };

export interface ReprocessResult {
  id: string;
  /** what the delivery became: PROCESSED, IGNORED, or FAILED again with its reason */
  status: string;
  error: string | null;
}

/**
 * Admin: applies a FAILED delivery again, through the same code as a fresh one. The claim
 * (FAILED → RECEIVED) is a conditional write in the transaction that writes the audit row, so of
 * two admins pressing at once one re-processes and the other is told why not; the apply itself
 * runs after that transaction, as it does for a delivery, and records its own outcome.
 */
export async function reprocessWebhookEvent(input: {
  id: string;
  caller: Caller;
}): Promise<ReprocessResult> {
  const row = await db.$transaction(async (tx) => {
    const claimed = await tx.webhookEvent.updateMany({
      where: { id: input.id, status: "FAILED" },
      data: { status: "RECEIVED" },
    });
    const event = await tx.webhookEvent.findUnique({
      where: { id: input.id },
      select: { provider: true, status: true, error: true, rawBody: true, headers: true },
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
  row: { provider: string; rawBody: string; headers: unknown },
): Promise<void> {
  if (row.provider === "razorpay") {
    const read = readRazorpayEvent(row.rawBody, storedHeaders(row.headers));
    if (!read.ok) return fail(id, read.problem);
    await applyStoredRazorpayEvent(id, read.event, read.eventId);
    return;
  }
  const reader = COURIER_READERS[row.provider];
  if (!reader) return fail(id, `Packline cannot re-process a ${row.provider} delivery.`);
  const [courier, read] = reader;
  let events: NormalisedWebhook[];
  try {
    const problem = unstorableTextIn(row.rawBody);
    if (problem !== null) return fail(id, problem);
    events = read(row.rawBody) ?? [];
  } catch (error) {
    return fail(id, error instanceof Error ? error.message : String(error));
  }
  if (events.length === 0) {
    await markWebhookEvent(id, { status: "IGNORED", error: "carries no scan" });
    return;
  }
  await applyCourierWebhook(courier, id, events);
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

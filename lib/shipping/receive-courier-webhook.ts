import type { NormalisedWebhook } from "@/lib/couriers/types";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { markWebhookEvent, storeWebhookEvent } from "@/lib/webhooks/store-webhook-event";
import { applyTrackingScans } from "./apply-tracking-scan";

export interface CourierWebhookReply {
  status: number;
  body: Record<string, unknown>;
}

export interface ReceiveCourierWebhookInput {
  courier: CourierCode;
  rawBody: string;
  headers: Headers;
  /** `?account=<id>`: only this account's secret is tried */
  accountId?: string | null;
}

// What each courier authenticates with: kept as "sent or not", never stored in clear.
const SECRET_HEADERS: Record<CourierCode, string[]> = {
  SHIPROCKET: ["x-api-key"],
  EKART: [],
  DELHIVERY: ["x-delhivery-token"],
};
const KEPT_HEADERS = ["content-type", "user-agent", "x-ekart-signature"];

type Verified =
  | { kind: "ok"; accountId: string; events: NormalisedWebhook[] | null }
  | { kind: "malformed"; accountId: string; error: string }
  | { kind: "rejected" };

/**
 * Finds the account whose webhook secret verifies this delivery. Without `?account=` every
 * active account of the courier is tried (verification is a constant-time compare), so one URL
 * serves a warehouse with several accounts of one courier.
 */
async function verify(input: ReceiveCourierWebhookInput): Promise<Verified> {
  const accounts = await db.courierAccount.findMany({
    where: {
      courier: input.courier,
      active: true,
      ...(input.accountId ? { id: input.accountId } : {}),
    },
    select: courierAccountSelect,
    orderBy: { priority: "asc" },
  });
  const webhookInput = { headers: Object.fromEntries(input.headers), rawBody: input.rawBody };
  for (const account of accounts) {
    if (!account.webhookSecretEncrypted) continue;
    const courier = await getCourierForAccount(account);
    try {
      return { kind: "ok", accountId: account.id, events: courier.parseWebhook(webhookInput) };
    } catch (error) {
      if (error instanceof CourierError && error.kind === "auth") continue;
      const message = error instanceof Error ? error.message : String(error);
      return { kind: "malformed", accountId: account.id, error: message };
    }
  }
  return { kind: "rejected" };
}

/**
 * POST /api/webhooks/{shiprocket,ekart,delhivery}: stored raw first; a bad token or signature is
 * a 401 and the row REJECTED; a verified body already handled is a 200 no-op; a body that verifies but
 * cannot be read is a 400 and the row FAILED with the reason; otherwise the scans are applied
 * inline (one short transaction per AWB) and answered 200. If applying fails, Ekart and
 * Delhivery get a 500 and redeliver; Shiprocket is always answered 200 (it disables endpoints
 * that fail) and the tracking poll picks the scan up instead.
 */
export async function receiveCourierWebhook(
  input: ReceiveCourierWebhookInput,
): Promise<CourierWebhookReply> {
  const provider = input.courier.toLowerCase();
  const stored = await storeWebhookEvent({
    provider,
    rawBody: input.rawBody,
    headers: input.headers,
    keptHeaders: KEPT_HEADERS,
    secretHeaders: SECRET_HEADERS[input.courier],
  });
  const handled = stored.status === "PROCESSED" || stored.status === "IGNORED";
  const verified = await verify(input);
  if (verified.kind === "rejected") {
    log.warn("courier webhook rejected", { courier: input.courier, webhookEventId: stored.id });
    // A forged copy of a genuine body is refused without touching the genuine row.
    if (!handled)
      await markWebhookEvent(stored.id, {
        status: "REJECTED",
        signatureValid: false,
        error: "Token or signature does not match any active account",
      });
    return { status: 401, body: { error: "invalid signature or token" } };
  }
  if (handled) return { status: 200, body: { ok: true, duplicate: true } };
  if (verified.kind === "malformed") {
    await markWebhookEvent(stored.id, {
      status: "FAILED",
      signatureValid: true,
      error: verified.error,
    });
    return { status: 400, body: { error: verified.error } };
  }
  const events = verified.events ?? [];
  const first = events[0];
  const meta = {
    signatureValid: true,
    eventId: first?.eventId ?? null,
    eventType: first?.scan.rawStatus ?? null,
  };
  if (!first) {
    await markWebhookEvent(stored.id, { status: "IGNORED", ...meta, error: "carries no scan" });
    return { status: 200, body: { ok: true, result: "ignored" } };
  }
  try {
    const notes: string[] = [];
    const byAwb = new Map<string, NormalisedWebhook["scan"][]>();
    for (const e of events) byAwb.set(e.awb, [...(byAwb.get(e.awb) ?? []), e.scan]);
    for (const [awb, scans] of byAwb) {
      const result = await applyTrackingScans({
        courier: input.courier,
        awb,
        scans,
        source: "webhook",
      });
      notes.push(
        result.found ? `${awb}: ${result.from} → ${result.status}` : `${awb}: no such shipment`,
      );
    }
    const applied = notes.some((n) => !n.endsWith("no such shipment"));
    await markWebhookEvent(stored.id, {
      status: applied ? "PROCESSED" : "IGNORED",
      ...meta,
      error: notes.join("; "),
    });
    return { status: 200, body: { ok: true, result: applied ? "processed" : "ignored" } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error("courier webhook could not be applied", {
      courier: input.courier,
      webhookEventId: stored.id,
      error,
    });
    await markWebhookEvent(stored.id, { status: "FAILED", ...meta, error: message }).catch(
      () => undefined,
    );
    await createIncident({
      category: "DELIVERY",
      severity: "MEDIUM",
      stage: `${provider}-webhook`,
      title: `A ${input.courier} tracking update could not be applied: ${message.slice(0, 200)}`,
      context: { webhookEventId: stored.id, awb: first.awb },
    }).catch(() => undefined);
    return input.courier === "SHIPROCKET"
      ? { status: 200, body: { ok: false, retry: "polling" } }
      : { status: 500, body: { error: "could not apply the update; it will be retried" } };
  }
}

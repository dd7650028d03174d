import type { NormalisedWebhook } from "@/lib/couriers/types";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { markWebhookEvent } from "@/lib/webhooks/store-webhook-event";
import { applyTrackingUpdate } from "./apply-tracking-update";

export interface CourierWebhookReply {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Applies a stored, verified courier delivery's updates and records the outcome on its row: a
 * fresh delivery (receive-courier-webhook.ts) and an admin's re-process of a failed one
 * (lib/webhooks/reprocess-webhook-event.ts) go through here alike. If applying fails, the row
 * is FAILED with the reason and an incident is raised; Ekart and Delhivery get a 500 and
 * redeliver, Shiprocket a 200 (it disables endpoints that fail) and the tracking poll catches up.
 */
export async function applyCourierWebhook(
  courier: CourierCode,
  webhookEventId: string,
  events: NormalisedWebhook[],
): Promise<CourierWebhookReply> {
  try {
    return await applyUpdates(courier, webhookEventId, events);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    log.error("courier webhook could not be applied", { courier, webhookEventId, error });
    await markWebhookEvent(webhookEventId, { status: "FAILED", error: message }).catch(
      () => undefined,
    );
    await createIncident({
      category: "DELIVERY",
      severity: "MEDIUM",
      stage: `${courier.toLowerCase()}-webhook`,
      title: `A ${courier} tracking update could not be applied: ${message.slice(0, 200)}`,
      context: { webhookEventId, awb: events[0]?.update.awb ?? null },
    }).catch(() => undefined);
    return courier === "SHIPROCKET"
      ? { status: 200, body: { ok: false, retry: "polling" } }
      : { status: 500, body: { error: "could not apply the update; it will be retried" } };
  }
}

/** Each AWB's update in its own short transaction; the notes say what each did, for ops. */
async function applyUpdates(
  courier: CourierCode,
  webhookEventId: string,
  events: NormalisedWebhook[],
): Promise<CourierWebhookReply> {
  const notes: string[] = [];
  for (const { update } of events) {
    const result = await applyTrackingUpdate({ courier, update, source: "webhook" });
    const recreated = result.recreatedFrom ? ` (re-created, was ${result.recreatedFrom})` : "";
    notes.push(
      result.found
        ? `${update.awb}${recreated}: ${result.from} → ${result.status}`
        : `${update.awb}: no such shipment`,
    );
  }
  const applied = notes.some((n) => !n.endsWith("no such shipment"));
  await markWebhookEvent(webhookEventId, {
    status: applied ? "PROCESSED" : "IGNORED",
    error: notes.join("; "),
  });
  return { status: 200, body: { ok: true, result: applied ? "processed" : "ignored" } };
}

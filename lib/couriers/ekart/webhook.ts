import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import { trackingUpdate } from "../tracking-update";
import type { NormalisedWebhook, WebhookInput } from "../types";
import { ekartCount, ekartScans, ekartStatus, ekartTime } from "./read";
import { verifyEkartSignature } from "./webhook-signature";

export { signEkartBody } from "./webhook-signature";

// Ekart's pushes (API Docs v3.8.8, POST /api/v2/webhook; samples in fixtures/documented-samples):
// - track_updated: one status update of a tracking id, with the delivery promise (edd) and
//   attempts;
// - shipment_created and shipment_recreated: one and the same body, {id, wbn, vendor,
//   orderNumber, channelId}, naming no topic and no earlier tracking id. A re-created
//   shipment is the seller's order (orderNumber, channelId) under a new tracking id (id).
const trackUpdated = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  ctime: z.number(),
  desc: z.string().nullish(),
  location: z.string().nullish(),
  ndrStatus: z.string().nullish(),
  attempts: z.union([z.string(), z.number()]).nullish(),
  edd: z.number().nullish(),
  orderNumber: z.string().nullish(),
});
const shipmentNamed = z.object({
  id: z.string().min(1),
  orderNumber: z.string().min(1),
  channelId: z.string().min(1),
});

function readJson(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch (cause) {
    throw new CourierError({
      courier: "EKART",
      kind: "malformed",
      message: "Ekart webhook body is not JSON",
      cause,
    });
  }
}

function trackUpdate(push: z.infer<typeof trackUpdated>): NormalisedWebhook {
  const detail = {
    status: push.status,
    ctime: push.ctime,
    desc: push.desc ?? undefined,
    location: push.location ?? undefined,
    ndrStatus: push.ndrStatus ?? undefined,
  };
  return {
    eventId: `${push.id}:${push.status}:${push.ctime}`,
    update: trackingUpdate(push.id, {
      current: ekartStatus(detail),
      scans: ekartScans([detail]),
      expectedDeliveryAt: ekartTime(push.edd),
      deliveryAttempts: ekartCount(push.attempts),
      courierOrderRef: push.orderNumber || null,
    }),
  };
}

/**
 * A shipment push states no status; what it carries is which tracking id the order now has.
 * Packline cannot tell a creation from a re-creation by the body, and needs neither told: when
 * the tracking id is the shipment's own, nothing changes; when the shipment with this order
 * reference has another, Ekart re-created it and the new id replaces the old (see
 * lib/shipping/find-tracked-shipment.ts: the body never names the id it replaces).
 */
function shipmentUpdate(push: z.infer<typeof shipmentNamed>): NormalisedWebhook {
  return {
    eventId: `shipment:${push.id}:${push.channelId}`,
    update: trackingUpdate(push.id, { courierOrderRef: push.orderNumber }),
  };
}

export function parseEkartWebhook(
  input: WebhookInput,
  secret: string | null,
): NormalisedWebhook[] | null {
  if (!secret || !verifyEkartSignature(input, secret))
    throw new CourierError({
      courier: "EKART",
      kind: "auth",
      message: "Ekart webhook signature does not match",
    });
  return readEkartWebhook(input.rawBody);
}

/** Normalises a body already verified (a stored delivery's, read again on re-process). */
export function readEkartWebhook(rawBody: string): NormalisedWebhook[] | null {
  const body = readJson(rawBody);
  const track = trackUpdated.safeParse(body);
  if (track.success) return [trackUpdate(track.data)];
  const shipment = shipmentNamed.safeParse(body);
  if (shipment.success) return [shipmentUpdate(shipment.data)];
  throw new CourierError({
    courier: "EKART",
    kind: "malformed",
    message:
      "Ekart webhook is neither a track_updated push (id, status, ctime) nor a shipment push (id, orderNumber, channelId)",
  });
}

import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import type { NormalisedWebhook, WebhookInput } from "../types";
import { currentFromScan, trackingUpdate } from "../tracking-update";
import { mapEkartStatus } from "./status-map";

// Ekart signs each webhook with the secret registered on POST /api/v2/webhook (6–30 characters):
// x-ekart-signature = hex HMAC-SHA256 of the raw body.
export const EKART_SIGNATURE_HEADER = "x-ekart-signature";

export function signEkartBody(rawBody: string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody).digest("hex");
}

export function verifyEkartSignature(input: WebhookInput, secret: string): boolean {
  const header = Object.entries(input.headers).find(
    ([k]) => k.toLowerCase() === EKART_SIGNATURE_HEADER,
  )?.[1];
  if (!header) return false;
  const expected = Buffer.from(signEkartBody(input.rawBody, secret), "hex");
  const given = Buffer.from(header.trim().toLowerCase(), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// track_updated (documented sample: ctime, status, location, desc, attempts, pickupTime, wbn, id,
// orderNumber, edd); shipment_created / shipment_recreated carry id, wbn, vendor, orderNumber, channelId.
const trackUpdated = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  ctime: z.number(),
  desc: z.string().nullish(),
  location: z.string().nullish(),
  wbn: z.string().nullish(),
  orderNumber: z.string().nullish(),
  ndrStatus: z.string().nullish(),
});
const shipmentCreated = z.object({
  id: z.string(),
  wbn: z.string(),
  vendor: z.string(),
  channelId: z.string(),
});

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
  let body: unknown;
  try {
    body = JSON.parse(input.rawBody);
  } catch (cause) {
    throw new CourierError({
      courier: "EKART",
      kind: "malformed",
      message: "Ekart webhook body is not JSON",
      cause,
    });
  }
  const scan = trackUpdated.safeParse(body);
  if (scan.success) {
    const event = scan.data;
    const parsed = {
      status: mapEkartStatus(event.status),
      statusCoded: true,
      rawStatus: event.status,
      rawCode: event.ndrStatus ?? null,
      location: event.location || null,
      remarks: event.desc || null,
      occurredAt: new Date(event.ctime),
    };
    return [
      {
        eventId: `${event.id}:${event.status}:${event.ctime}`,
        update: trackingUpdate(event.id, { current: currentFromScan(parsed), scans: [parsed] }),
      },
    ];
  }
  if (shipmentCreated.safeParse(body).success) return null;
  throw new CourierError({
    courier: "EKART",
    kind: "malformed",
    message: "Ekart webhook is neither track_updated nor shipment_created",
  });
}

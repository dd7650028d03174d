import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import type { NormalisedWebhook, TrackingScan, WebhookInput } from "../types";
import { trackingUpdate } from "../tracking-update";
import { parseIstDate } from "./dates";
import { labelForCode, statusFromCode, statusFromLabel } from "./status-map";
import { chronologicalScans, scanSchema } from "./tracking";

/**
 * Shiprocket's tracking webhook (apidocs.shiprocket.in, Webhooks): a POST of JSON with the
 * optional security token, set in Settings › API › Webhooks, in the `x-api-key` header. There is
 * no signature, so the token is compared in constant time; Shiprocket expects a 200 answer.
 *
 * The push states the shipment's current status twice on two scales: `shipment_status_id` on
 * the shipment-status table (the scale of tracking's `shipment_status` and the scans'
 * `sr-status`, 18 = In Transit) and `current_status_id` on the order-status table (20 = In
 * Transit). Only the first is read; the second would need the order table and says the same.
 */
const payloadSchema = z
  .object({
    awb: z.union([z.string(), z.number()]),
    current_status: z.string().nullish(),
    shipment_status: z.string().nullish(),
    shipment_status_id: z.union([z.number(), z.string()]).nullish(),
    current_timestamp: z.string().nullish(),
    etd: z.string().nullish(),
    order_id: z.union([z.string(), z.number()]).nullish(),
    sr_order_id: z.union([z.string(), z.number()]).nullish(),
    channel_order_id: z.union([z.string(), z.number()]).nullish(),
    scans: z.array(scanSchema).nullish(),
  })
  .passthrough();

function fail(kind: "auth" | "malformed", message: string): CourierError {
  return new CourierError({ courier: "SHIPROCKET", kind, message });
}

export function verifyToken(headers: Record<string, string>, expected: string | null): void {
  if (!expected) throw fail("auth", "No Shiprocket webhook token is configured for this account.");
  const given = Object.entries(headers).find(([k]) => k.toLowerCase() === "x-api-key")?.[1] ?? "";
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  if (!given || !timingSafeEqual(a, b))
    throw fail("auth", "Shiprocket webhook token does not match.");
}

/**
 * An AWB sent as a JSON number (an older sample does) is read from the raw text: JSON.parse
 * would silently round one longer than 15 digits.
 */
function awbOf(awb: string | number, rawBody: string): string {
  if (typeof awb === "string") return awb.trim();
  return /"awb"\s*:\s*(\d+)/.exec(rawBody)?.[1] ?? String(awb);
}

/**
 * Shiprocket's own order id, which booking records as the courier's order reference: today's
 * body names it `sr_order_id` (its `order_id` is the channel's); the earlier one, which also sent
 * `channel_order_id`, named it `order_id`.
 */
function shiprocketOrderId(p: z.infer<typeof payloadSchema>): string | null {
  const id = p.sr_order_id ?? (p.channel_order_id == null ? null : p.order_id);
  return id == null || id === "" ? null : String(id);
}

/** Stable for the same push (so a repeat is deduplicated), different for the next one. */
function eventIdOf(parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}

/** Verifies and normalises one push: the current status, every scan as history, the promise. */
export function parseShiprocketWebhook(
  input: WebhookInput,
  token: string | null,
): NormalisedWebhook[] | null {
  verifyToken(input.headers, token);
  return readShiprocketWebhook(input.rawBody);
}

/** Normalises a body already verified (a stored delivery's, whose token is redacted). */
export function readShiprocketWebhook(rawBody: string): NormalisedWebhook[] | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw fail("malformed", "Shiprocket webhook body is not JSON.");
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success)
    throw fail(
      "malformed",
      `Shiprocket webhook body: ${parsed.error.issues[0]?.message ?? "bad shape"}.`,
    );
  const p = parsed.data;
  const awb = awbOf(p.awb, rawBody);
  const scans = chronologicalScans(p.scans ?? [], "oldest first");
  const code = p.shipment_status_id == null ? null : String(p.shipment_status_id).trim() || null;
  const rawStatus =
    p.shipment_status?.trim() ||
    p.current_status?.trim() ||
    (code === null ? null : labelForCode(Number(code)));
  if (rawStatus === null && code === null && scans.length === 0) return null;
  // Scans arrive in either order: the newest by time, not the last element, is where it is now.
  const newest: TrackingScan | undefined = scans.at(-1);
  const current =
    rawStatus === null && code === null
      ? null
      : {
          status: statusFromCode(code) ?? statusFromLabel(rawStatus),
          rawStatus: rawStatus ?? (code as string),
          rawCode: code,
          location: newest?.location ?? null,
          remarks: newest?.remarks ?? null,
          occurredAt: parseIstDate(p.current_timestamp) ?? newest?.occurredAt ?? null,
        };
  const eventId = eventIdOf([
    awb,
    code,
    rawStatus,
    p.current_timestamp ?? null,
    scans.length,
    newest?.occurredAt.toISOString() ?? null,
    newest?.rawStatus ?? null,
  ]);
  const update = trackingUpdate(awb, {
    current,
    scans,
    expectedDeliveryAt: parseIstDate(p.etd),
    courierOrderRef: shiprocketOrderId(p),
  });
  return [{ eventId, update }];
}

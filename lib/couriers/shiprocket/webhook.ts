import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import type { NormalisedWebhook, WebhookInput } from "../types";
import { currentFromScan, trackingUpdate } from "../tracking-update";
import { parseIstDate } from "./parse";
import { statusFromCode, statusFromLabel } from "./status-map";

/**
 * Shiprocket's tracking webhook (apidocs.shiprocket.in, Webhooks): a POST of JSON with the
 * optional security token, set in Settings › API › Webhooks, in the `x-api-key` header. There is
 * no signature, so the token is compared in constant time; Shiprocket expects a 200 answer.
 */
const payloadSchema = z
  .object({
    awb: z.union([z.string(), z.number()]).transform(String),
    current_status: z.string().nullish(),
    current_status_id: z.union([z.number(), z.string()]).nullish(),
    shipment_status: z.string().nullish(),
    shipment_status_id: z.union([z.number(), z.string()]).nullish(),
    current_timestamp: z.string().nullish(),
    order_id: z.union([z.string(), z.number()]).nullish(),
    is_return: z.union([z.number(), z.boolean()]).nullish(),
    scans: z
      .array(
        z
          .object({
            date: z.string(),
            location: z.string().nullish(),
            activity: z.string().nullish(),
          })
          .passthrough(),
      )
      .nullish(),
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
 * Verifies and normalises one push: one event for the shipment's current status. The
 * `shipment_status_id` (shipment status table) decides; `current_status` is the fallback.
 */
export function parseShiprocketWebhook(
  input: WebhookInput,
  token: string | null,
): NormalisedWebhook[] | null {
  verifyToken(input.headers, token);
  let json: unknown;
  try {
    json = JSON.parse(input.rawBody);
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
  const rawStatus = p.shipment_status ?? p.current_status ?? null;
  if (!rawStatus && p.shipment_status_id == null) return null;
  const lastScan = p.scans?.at(-1);
  const occurredAt =
    parseIstDate(p.current_timestamp) ?? parseIstDate(lastScan?.date) ?? new Date();
  const code = p.shipment_status_id == null ? null : String(p.shipment_status_id);
  const eventId = createHash("sha256")
    .update(`${p.awb}|${code ?? rawStatus}|${p.current_timestamp ?? lastScan?.date ?? ""}`)
    .digest("hex")
    .slice(0, 32);
  const scan = {
    status: statusFromCode(code) ?? statusFromLabel(rawStatus),
    statusCoded: true,
    rawStatus: rawStatus ?? code ?? "UNKNOWN",
    rawCode: code,
    location: lastScan?.location ?? null,
    remarks: lastScan?.activity ?? null,
    occurredAt,
  };
  return [
    { eventId, update: trackingUpdate(p.awb, { current: currentFromScan(scan), scans: [scan] }) },
  ];
}

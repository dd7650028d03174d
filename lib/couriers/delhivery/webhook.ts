import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import type { NormalisedWebhook, WebhookInput } from "../types";
import { currentFromScan, trackingUpdate } from "../tracking-update";
import { istDateTime } from "./read";
import { mapDelhiveryStatus, rawDelhiveryStatus } from "./status-map";

// Delhivery's scan push is set up by e-mail (the Scan Push Webhook Requirement Document) with
// the endpoint and a header Delhivery sends on every push. Packline asks for this header with
// the account's webhook secret as its value, and compares it in constant time.
export const DELHIVERY_WEBHOOK_HEADER = "x-delhivery-token";

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

export function verifyDelhiveryToken(input: WebhookInput, secret: string): boolean {
  const given = Object.entries(input.headers).find(
    ([k]) => k.toLowerCase() === DELHIVERY_WEBHOOK_HEADER,
  )?.[1];
  // hashing both sides gives equal lengths, so the comparison leaks neither value nor length
  return given !== undefined && timingSafeEqual(digest(given.trim()), digest(secret));
}

// The documented default payload (B2C docs, Webhook Integration FAQ Q3).
const scanPush = z.object({
  Shipment: z.object({
    AWB: z.coerce.string().min(1),
    ReferenceNo: z.coerce.string().nullish(),
    NSLCode: z.string().nullish(),
    PickUpDate: z.string().nullish(),
    Status: z.object({
      Status: z.string().min(1),
      StatusType: z.string().nullish(),
      StatusDateTime: z.string(),
      StatusLocation: z.string().nullish(),
      Instructions: z.string().nullish(),
    }),
  }),
});

function fail(kind: "auth" | "malformed", message: string, cause?: unknown): CourierError {
  return new CourierError({ courier: "DELHIVERY", kind, message, cause });
}

export function parseDelhiveryWebhook(
  input: WebhookInput,
  secret: string | null,
): NormalisedWebhook[] | null {
  if (!secret || !verifyDelhiveryToken(input, secret))
    throw fail("auth", `Delhivery webhook ${DELHIVERY_WEBHOOK_HEADER} header does not match`);
  return readDelhiveryWebhook(input.rawBody);
}

/** Normalises a body already verified (a stored delivery's, whose token is redacted). */
export function readDelhiveryWebhook(rawBody: string): NormalisedWebhook[] | null {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch (cause) {
    throw fail("malformed", "Delhivery webhook body is not JSON", cause);
  }
  const parsed = z.union([scanPush, z.array(scanPush)]).safeParse(body);
  if (!parsed.success)
    throw fail("malformed", "Delhivery webhook is not a scan push", parsed.error.issues);
  const pushes = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return pushes.map(({ Shipment: s }) => {
    const fields = {
      statusType: s.Status.StatusType,
      status: s.Status.Status,
      nslCode: s.NSLCode,
      instructions: s.Status.Instructions,
    };
    const occurredAt = istDateTime(s.Status.StatusDateTime);
    if (!occurredAt) throw fail("malformed", "Delhivery webhook StatusDateTime is not a date");
    const scan = {
      status: mapDelhiveryStatus(fields),
      statusCoded: true,
      rawStatus: rawDelhiveryStatus(fields),
      rawCode: s.NSLCode ?? null,
      location: s.Status.StatusLocation || null,
      remarks: s.Status.Instructions || null,
      occurredAt,
    };
    return {
      eventId: `${s.AWB}:${s.NSLCode ?? s.Status.Status}:${s.Status.StatusDateTime}`,
      update: trackingUpdate(s.AWB, { current: currentFromScan(scan), scans: [scan] }),
    };
  });
}

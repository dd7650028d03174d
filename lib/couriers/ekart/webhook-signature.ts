import { createHmac, timingSafeEqual } from "node:crypto";
import type { WebhookInput } from "../types";

// Ekart API Docs v3.8.8 say only that the secret registered on POST /api/v2/webhook (6–30
// characters) is used "to hash the webhook post body with for calculating h-mac". The header
// that carries the result, the digest and its encoding are not published, and no public SDK or
// plugin knows them either (each guesses, several try a list of names).
//
// UNVERIFIED: the header name below is the guess most public integrations share, with an
// HMAC-SHA256 of the raw body. Confirm both with Ekart before relying on live pushes. The sandbox
// signs with a constant of its own (sandbox/couriers/ekart/signature.ts), and webhook.test.ts
// (beside this file) checks that the two agree, so changing one alone fails a test.
export const EKART_SIGNATURE_HEADER = "x-ekart-signature";

const SHA256_BYTES = 32;

function hmac(rawBody: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(rawBody).digest();
}

/** The signature as Packline expects it: hex HMAC-SHA256 of the raw body (tests sign with it). */
export function signEkartBody(rawBody: string, secret: string): string {
  return hmac(rawBody, secret).toString("hex");
}

/** A header's value whatever the case of its name: HTTP header names are case-insensitive. */
function headerValue(headers: Record<string, string>, name: string): string | null {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found?.[1]?.trim() || null;
}

/** The digest as sent: hex (what the sandbox sends) or base64, since the encoding is unpublished. */
function decodeDigest(value: string): Buffer | null {
  if (/^[0-9a-f]+$/i.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return Buffer.from(value, "base64");
  return null;
}

/** Timing-safe check of the push's HMAC against the account's webhook secret. */
export function verifyEkartSignature(input: WebhookInput, secret: string): boolean {
  const sent = headerValue(input.headers, EKART_SIGNATURE_HEADER);
  const given = sent ? decodeDigest(sent) : null;
  if (!given || given.length !== SHA256_BYTES) return false;
  return timingSafeEqual(given, hmac(input.rawBody, secret));
}

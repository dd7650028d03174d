import { createHmac, timingSafeEqual } from "node:crypto";

/** Razorpay signs each webhook: X-Razorpay-Signature = hex HMAC-SHA256(raw body, webhook secret). */
export function razorpaySignature(rawBody: string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("hex");
}

/** Compared in constant time, over the raw bytes as received (never re-serialised JSON). */
export function verifyRazorpaySignature(
  rawBody: string,
  signature: string | null | undefined,
  secret: string,
): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature.trim())) return false;
  const expected = Buffer.from(razorpaySignature(rawBody, secret), "hex");
  const given = Buffer.from(signature.trim().toLowerCase(), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

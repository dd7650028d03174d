import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-packline-signature";

/**
 * Packline signs each event it delivers: `X-Packline-Signature: t=<unix seconds>,v1=<hex>`
 * where v1 = HMAC-SHA256(subscriber secret, `${t}.${raw body}`). The timestamp in the signed
 * text lets a subscriber refuse replays older than a few minutes.
 */
export function signEvent(body: string, secret: string, at = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex");
  return `t=${t},v1=${v1}`;
}

/** For subscribers (and tests): checks a signature header and its age. */
export function verifyEventSignature(
  body: string,
  header: string | null | undefined,
  secret: string,
  options: { toleranceSeconds?: number; now?: Date } = {},
): boolean {
  const parts = Object.fromEntries(
    (header ?? "").split(",").map((p) => p.trim().split("=", 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest();
  const given = Buffer.from(parts.v1!, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

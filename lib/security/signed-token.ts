import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A token for a buyer's link: it names one record and its expiry and is signed for one purpose,
 * so it needs no row, cannot be forged, widened to another record or reused for another kind
 * of link. It is as secret as the message that carries it.
 */
export function signToken(purpose: string, id: string, expiresAt: Date): string {
  const payload = `${id}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${Buffer.from(payload).toString("base64url")}.${signature(purpose, payload).toString("base64url")}`;
}

/** The record a token names, or null when it is forged, damaged, for another purpose or expired. */
export function readToken(purpose: string, token: string, now: Date): string | null {
  const [encoded, mac, extra] = token.split(".");
  if (!encoded || !mac || extra !== undefined) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const given = Buffer.from(mac, "base64url");
  const expected = signature(purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,12})$/.exec(payload);
  if (!match) return null;
  return Number(match[2]) * 1000 > now.getTime() ? match[1]! : null;
}

function signature(purpose: string, payload: string): Buffer {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`${purpose}:${payload}`).digest();
}

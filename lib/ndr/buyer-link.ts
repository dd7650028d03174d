import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** How long a buyer's link to fix a failed delivery stays valid: couriers hold a parcel ~a week. */
export const BUYER_LINK_DAYS = 7;

const PURPOSE = "packline:ndr-buyer-link:v1";

function signature(payload: string): Buffer {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`${PURPOSE}:${payload}`).digest();
}

/**
 * The path of the page where a buyer fixes a failed delivery of one shipment (a new date, a
 * corrected phone or address, or a cancel): `/fix-delivery/<token>`. The token names the shipment
 * and its expiry and is signed, so it needs no row and cannot be forged or widened to another
 * parcel; it is as secret as the message that carries it.
 */
export function buyerNdrLinkPath(shipmentId: string, now: Date = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + BUYER_LINK_DAYS * 86_400;
  const payload = `${shipmentId}.${expires}`;
  const token = `${Buffer.from(payload).toString("base64url")}.${signature(payload).toString("base64url")}`;
  return `/fix-delivery/${token}`;
}

/** The shipment a buyer's link is for, or null when the token is forged, damaged or expired. */
export function shipmentOfBuyerNdrToken(token: string, now: Date = new Date()): string | null {
  const [encoded, mac, extra] = token.split(".");
  if (!encoded || !mac || extra !== undefined) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const given = Buffer.from(mac, "base64url");
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,12})$/.exec(payload);
  if (!match) return null;
  return Number(match[2]) * 1000 > now.getTime() ? match[1]! : null;
}

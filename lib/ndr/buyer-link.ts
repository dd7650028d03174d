import { readToken, signToken } from "@/lib/security/signed-token";

/** How long a buyer's link to fix a failed delivery stays valid: couriers hold a parcel ~a week. */
export const BUYER_LINK_DAYS = 7;

const PURPOSE = "packline:ndr-buyer-link:v1";

/**
 * The path of the page where a buyer fixes a failed delivery of one shipment (a new date, a
 * corrected phone or address, or a cancel): `/fix-delivery/<token>`. The signed token
 * (lib/security/signed-token.ts) names the shipment and its expiry.
 */
export function buyerNdrLinkPath(shipmentId: string, now: Date = new Date()): string {
  const expires = new Date(now.getTime() + BUYER_LINK_DAYS * 86_400_000);
  return `/fix-delivery/${signToken(PURPOSE, shipmentId, expires)}`;
}

/** The shipment a buyer's link is for, or null when the token is forged, damaged or expired. */
export function shipmentOfBuyerNdrToken(token: string, now: Date = new Date()): string | null {
  return readToken(PURPOSE, token, now);
}
